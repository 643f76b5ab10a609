import { DateTime } from 'luxon';
import { z } from 'zod';

import * as c from './constants.js';

export const Joint = z.enum(c.JOINTS);
export type Joint = c.Joint;
export const Level = z.enum(c.LEVELS);
export type Level = c.Level;
export const Weekday = z.enum(c.WEEKDAYS);
export type Weekday = c.Weekday;
export const RunKind = z.enum(c.RUN_KINDS);
export type RunKind = c.RunKind;

/** Lower-case words joined by hyphens: `single-leg-balance`, `wobble-board`. */
export const Id = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'expected an id of lower-case words joined by hyphens');

/** A real calendar date as YYYY-MM-DD (2026-02-30 is refused). */
export const IsoDate = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid, 'expected a real date as YYYY-MM-DD');

export const text = z.string().trim().min(1, 'expected some text');
