import { z } from 'zod';
import { Id, Joint, text } from './common.js';

/** How much of an exercise: sets of reps, or sets of timed holds. */
export const Dose = z
  .strictObject({
    sets: z.int().min(1).max(10),
    reps: z.int().min(1).max(100).optional(),
    holdSeconds: z.int().min(5).max(300).optional(),
    /** What one rep is when it is not a plain repetition ("alphabet", "swings each way"). */
    unit: text.optional(),
    /** Whether the dose is for each leg, foot or side. */
    per: z.enum(['leg', 'foot', 'side']).optional(),
  })
  .refine((d) => (d.reps === undefined) !== (d.holdSeconds === undefined), {
    message: 'a dose has either reps or holdSeconds, not both or neither',
  });
export type Dose = z.infer<typeof Dose>;

export const ProgressionLevel = z.strictObject({
  name: text,
  equipment: z.array(Id).optional(),
  dose: Dose.optional(),
});
export type ProgressionLevel = z.infer<typeof ProgressionLevel>;

export const Exercise = z.strictObject({
  id: Id,
  name: text,
  kind: z.enum(['strength', 'mobility']),
  joints: z.array(Joint).min(1),
  dose: Dose,
  cues: z.array(text).min(1),
  /** Equipment the exercise always needs. */
  equipment: z.array(Id).optional(),
  levels: z.array(ProgressionLevel).min(1),
  /**
   * When a joint it works hurts (pain above the safe level): `gentle: true` keeps it, at
   * its easiest level; `gentler: <id>` swaps it for that gentle exercise of the same joint.
   */
  gentle: z.literal(true).optional(),
  gentler: Id.optional(),
});
export type Exercise = z.infer<typeof Exercise>;

export const Equipment = z.strictObject({ id: Id, name: text });
export type Equipment = z.infer<typeof Equipment>;

export const ExercisesFile = z.strictObject({
  equipment: z.array(Equipment),
  exercises: z.array(Exercise).min(1),
});
export type ExercisesFile = z.infer<typeof ExercisesFile>;
