// A check-in of the plain kind `durable checkin` writes from its flags, checked and written
// as YAML without the log's zod schema or the YAML library: loading those two would be most
// of a check-in's time. Only an entry whose every field is one of the plain kinds below
// takes this way; any other (imported activities, a note with a colon, a surface called
// "null"...) goes through the schema and the library as before. Tests hold this to both:
// whatever passes here the schema accepts and reads back the same, and its text is the
// library's own, byte for byte. Pure.
import type { CheckIn } from '../schema/log.js';
import { CHECKIN_STATUSES, ID, MAX_EFFORT, MAX_NOTE_LENGTH, MAX_PAIN, MAX_SESSION_MINUTES, PAIN_SITES, PLANNED_SESSIONS } from '../schema/constants.js';
import { dateProblem } from '../schema/dates.js';

type Check = (value: unknown) => boolean;

const oneOf =
  (values: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && values.includes(value);
const wholeNumber =
  (max: number): Check =>
  (value) =>
    Number.isInteger(value) && !Object.is(value, -0) && (value as number) >= 0 && (value as number) <= max;
const yesNo: Check = (value) => typeof value === 'boolean';

/** Words YAML reads as something other than text; written plainly they would not read back as the same string. */
const YAML_WORDS = /^(true|false|null)$/i;

/** A date-time with seconds and a Z or ±hh:mm offset, as check-ins record it; the date part is checked on its own. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A note of ASCII letters, digits, spaces and a few marks, starting with a letter and ending with no space: plain YAML as it is. */
const PLAIN_NOTE = /^[A-Za-z](?:[A-Za-z0-9 ,.!'()/+-]*[A-Za-z0-9,.!'()/+-])?$/;

const painLevels: Check = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([site, level]) => (PAIN_SITES as readonly string[]).includes(site) && wholeNumber(MAX_PAIN)(level));
};

/** The plain fields, in the order the log's schema gives them, each with what it must hold. */
const FIELDS: Readonly<Record<string, Check>> = {
  date: (value) => typeof value === 'string' && dateProblem(value) === undefined,
  status: oneOf(CHECKIN_STATUSES),
  planned: oneOf(PLANNED_SESSIONS),
  minutes: wholeNumber(MAX_SESSION_MINUTES),
  rpe: wholeNumber(MAX_EFFORT),
  surface: (value) => typeof value === 'string' && ID.test(value) && !YAML_WORDS.test(value),
  pain: painLevels,
  settled: yesNo,
  settledNextMorning: yesNo,
  note: (value) => typeof value === 'string' && value.length <= MAX_NOTE_LENGTH && PLAIN_NOTE.test(value) && !YAML_WORDS.test(value),
  recordedAt: (value) => typeof value === 'string' && dateProblem(DATE_TIME.exec(value)?.[1] ?? '') === undefined,
};

/** What every plain check-in holds (the effort too: the log refuses a check-in without it unless it says why). */
const REQUIRED = ['date', 'status', 'minutes', 'rpe', 'pain', 'recordedAt'];

const isPlain = (value: object): boolean =>
  REQUIRED.every((key) => Object.hasOwn(value, key)) && Object.entries(value).every(([key, field]) => Object.hasOwn(FIELDS, key) && FIELDS[key]!(field));

/**
 * The check-in as the log's schema would read it (its fields in the schema's order), when
 * every field is plain and valid; undefined for any other, which the schema must check.
 */
export function plainCheckIn(value: CheckIn): CheckIn | undefined {
  if (!isPlain(value)) return undefined;
  const entry: Record<string, unknown> = {};
  for (const key of Object.keys(FIELDS)) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) entry[key] = key === 'pain' ? { ...(field as object) } : field;
  }
  return entry as CheckIn;
}

/**
 * A plain check-in as a block YAML list item, each line indented to sit in the log's list:
 * the YAML library's own text for it (fields in the check-in's order). Undefined when the
 * check-in is not plain.
 */
export function plainEntryText(checkIn: CheckIn, indent: string): string | undefined {
  if (!isPlain(checkIn)) return undefined;
  let text = '';
  let first = true;
  for (const [key, value] of Object.entries(checkIn)) {
    const lead = `${indent}${first ? '-' : ' '} ${key}:`;
    first = false;
    if (key !== 'pain') {
      text += `${lead} ${value as string | number | boolean}\n`;
      continue;
    }
    const levels = Object.entries(value as object);
    text += levels.length ? `${lead}\n${levels.map(([site, level]) => `${indent}    ${site}: ${String(level)}\n`).join('')}` : `${lead} {}\n`;
  }
  return text;
}
