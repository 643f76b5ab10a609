// Editing a log written one block per entry, line by line and without the YAML library:
// an entry's text is put in place and every other byte of the file (comments, blank
// lines, formatting, other entries) stays as it was. Pure functions over text and the
// log's validated entries; logText.ts edits any other layout through the YAML document.
import type { CheckIn } from '../schema/log.js';
import { plainEntryText } from './plainEntry.js';

export interface Edited {
  text: string;
  /** The entries the new text holds, in file order. */
  checkins: CheckIn[];
  /** Whether only the entry's own lines were touched (else the document was re-written, comments kept). */
  inPlace: boolean;
}

export interface Entry {
  date: string;
  /** From the start of its `- ` line to the end of its last line that is not blank or a comment. */
  start: number;
  end: number;
}

/** Lines of an entry's fields: indented with spaces, then a printable ASCII character other than a comment's `#` or a list item's `-`. */
const FIELD_LINE = / +[!"$-,.-~][^\n]*(?:\n|$)/.source;

/** Field lines, one after another from where the search starts. */
const FIELD_LINES = new RegExp(`(?:${FIELD_LINE})+`, 'y');

/** An entry from where the search starts: its first line (its indent and date), then its field lines. */
const ENTRY = new RegExp(`( *)- +(?:\\{ *)?date: *([^\\s,}#]+)[^\\n]*(?:\\n|$)(?:${FIELD_LINE})*`, 'y');

const unquote = (s: string) => (s[0] === '"' || s[0] === "'" ? s.replace(/^(["'])(.*)\1$/, '$2') : s);

/**
 * The entries of a log written one block per entry (`  - date: ...` and its lines), found
 * line by line: quick on a long log. Undefined for any other layout, and whenever what is
 * found does not match the validated entries date for date, so a surprise in the file
 * never leads to a wrong edit: the slower document edit is used instead.
 */
export function scanEntries(text: string, checkins: readonly CheckIn[]): { entries: Entry[]; indent: string } | undefined {
  const header = /^checkins:[ \t]*(#.*)?$/m.exec(text);
  if (!header) return undefined;
  const entries: Entry[] = [];
  let indent: string | undefined;
  let current: Entry | undefined;
  let at = header.index + header[0].length + 1;
  while (at < text.length) {
    // Mostly, an entry: its first line at the entries' indent, and the lines of its fields.
    ENTRY.lastIndex = at;
    const entry = ENTRY.exec(text);
    if (entry && entry[1] !== '' && (indent === undefined || entry[1] === indent)) {
      indent ??= entry[1];
      if (current) entries.push(current);
      current = { date: unquote(entry[2]!), start: at, end: ENTRY.lastIndex };
      at = ENTRY.lastIndex;
      continue;
    }
    // Or more of the entry's fields, after a blank line or a comment.
    if (current) {
      FIELD_LINES.lastIndex = at;
      if (FIELD_LINES.test(text)) {
        current.end = at = FIELD_LINES.lastIndex;
        continue;
      }
    }
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline + 1;
    // Blank lines and comments belong to no entry, a top-level key ends the list, and any
    // other line (a list item at another indent, a line of a block scalar...) is the entry's:
    // before the first entry, it is a layout left to the YAML document.
    let line = text.slice(at, newline === -1 ? text.length : newline);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const first = line.search(/\S/);
    const blank = first === -1 || line[first] === '#';
    if (first === 0 && !blank) break; // the next top-level key
    if (!blank) {
      if (!current) return undefined;
      current.end = end;
    }
    at = end;
  }
  if (current) entries.push(current);
  if (indent === undefined || entries.length !== checkins.length) return undefined;
  for (let i = 0; i < entries.length; i++) if (entries[i]!.date !== checkins[i]!.date) return undefined;
  return { entries, indent };
}


/**
 * Entries put into a log scanned line by line: each replaces the entry with its date, or
 * goes after the last entry dated before it (before the first when none is), written by
 * `entryText`. Every other byte stays where it was.
 */
export function putScanned(
  text: string,
  checkins: readonly CheckIn[],
  scanned: { entries: Entry[]; indent: string },
  puts: readonly CheckIn[],
  entryText: (checkIn: CheckIn, indent: string) => string,
): Edited {
  const { entries, indent } = scanned;
  const replaced = new Map<number, CheckIn>();
  const insertedAfter = new Map<number, CheckIn[]>();
  for (const checkIn of [...puts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const at = checkins.findIndex((c) => c.date === checkIn.date);
    if (at >= 0) {
      replaced.set(at, checkIn);
      continue;
    }
    const before = entries.findLastIndex((e) => e.date < checkIn.date);
    insertedAfter.set(before, [...(insertedAfter.get(before) ?? []), checkIn]);
  }
  // Only the entries put and those they follow are visited: the text and the entries
  // between them are copied in one piece each.
  let out = '';
  let last = '';
  const append = (piece: string) => {
    out += piece;
    if (piece !== '') last = piece.at(-1)!;
  };
  const result: CheckIn[][] = [];
  let copied = 0; // text up to here is in `out`
  let kept = 0; // entries before this one are in `result`
  for (const i of [...new Set([...replaced.keys(), ...insertedAfter.keys()])].sort((a, b) => a - b)) {
    const entry = entries[Math.max(i, 0)]!;
    append(text.slice(copied, entry.start));
    copied = entry.start;
    if (i >= 0) {
      const put = replaced.get(i);
      append(put ? entryText(put, indent) : text.slice(entry.start, entry.end));
      result.push(checkins.slice(kept, i), [put ?? checkins[i]!]);
      copied = entry.end;
      kept = i + 1;
    }
    for (const checkIn of insertedAfter.get(i) ?? []) {
      if (out.length > 0 && last !== '\n') append('\n');
      append(entryText(checkIn, indent));
      result.push([checkIn]);
    }
  }
  append(text.slice(copied));
  result.push(checkins.slice(kept));
  return { text: out, checkins: result.flat(), inPlace: true };
}

/**
 * The text with a plain check-in (see plainEntry.ts) added in date order, or put in place
 * of the entry with its date, in a log written one block per entry: no YAML library
 * needed. Undefined for any other entry or layout, which logText.ts's putEntry handles.
 */
export function putPlainEntry(text: string, checkins: readonly CheckIn[], checkIn: CheckIn): Edited | undefined {
  if (plainEntryText(checkIn, '') === undefined) return undefined;
  const scanned = scanEntries(text, checkins);
  return scanned && putScanned(text, checkins, scanned, [checkIn], (c, indent) => plainEntryText(c, indent)!);
}
