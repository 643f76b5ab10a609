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
});
export type Surface = z.infer<typeof Surface>;

export const SurfacesFile = z.strictObject({
  surfaces: z.array(Surface).min(1),
});
export type SurfacesFile = z.infer<typeof SurfacesFile>;
