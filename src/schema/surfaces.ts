import { z } from 'zod';
import { Id, RunKind, text } from './common.js';

export const Surface = z.strictObject({
  id: Id,
  name: text,
  /** 1 softest .. 5 hardest. */
  impact: z.int().min(1).max(5),
  uneven: z.boolean(),
  goodFor: text,
  caution: text.optional(),
  preferredFor: z.array(RunKind).optional(),
  /** Run kinds this surface suits; without it, every kind. */
  suits: z.array(RunKind).optional(),
  /** At most this many runs a week on it (the treadmill's monotony). */
  maxPerWeek: z.int().min(1).max(7).optional(),
  /** Used only when nothing softer that suits the run is listed (concrete). */
  lastResort: z.boolean().optional(),
});
export type Surface = z.infer<typeof Surface>;

export const SurfacesFile = z.strictObject({
  surfaces: z.array(Surface).min(1),
});
export type SurfacesFile = z.infer<typeof SurfacesFile>;
