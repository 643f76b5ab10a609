import { DateTime } from 'luxon';
import { z } from 'zod';

export const JOINTS = ['ankle', 'knee', 'hip'] as const;
export const Joint = z.enum(JOINTS);
export type Joint = z.infer<typeof Joint>;

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** Monday first, as ISO weekdays (luxon's `weekday` 1..7 maps to index + 1). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

export const RUN_KINDS = ['easy', 'long', 'quality', 'runWalk'] as const;
export const RunKind = z.enum(RUN_KINDS);
export type RunKind = z.infer<typeof RunKind>;

/** Lower-case words joined by hyphens: `single-leg-balance`, `wobble-board`. */
export const Id = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'expected an id of lower-case words joined by hyphens');

/** A real calendar date as YYYY-MM-DD (2026-02-30 is refused). */
export const IsoDate = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid, 'expected a real date as YYYY-MM-DD');

export const text = z.string().trim().min(1, 'expected some text');
