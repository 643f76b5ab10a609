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
export const Id = z.string().regex(c.ID, 'expected an id of lower-case words joined by hyphens');

import { dateProblem } from './dates.js';

export { FIRST_YEAR, LAST_YEAR, dateProblem } from './dates.js';

/** A real calendar date as YYYY-MM-DD from 1900 to 2999 (2026-02-30 and 0000-01-01 are refused). */
export const IsoDate = z.string().superRefine((s, ctx) => {
  const problem = dateProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem === 'expected a date as YYYY-MM-DD' || problem.endsWith('not a real date') ? 'expected a real date as YYYY-MM-DD' : problem });
});

/**
 * Characters that must never reach a terminal or a calendar from a file: C0 and C1
 * controls (escape sequences that set window titles, clear screens or forge links),
 * except tab and newline, and the invisible marks that reverse the direction of text.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Text from a file: trimmed, not empty, and free of control characters. */
export const text = z
  .string()
  .trim()
  .min(1, 'expected some text')
  .refine((s) => !CONTROL_CHARACTERS.test(s), 'contains a control character (such as an escape sequence); remove it');
