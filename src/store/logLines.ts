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

const [SPACE, HASH, DASH, DELETE] = [' ', '#', '-', '\x7f'].map((c) => c.charCodeAt(0)) as [number, number, number, number];

const unquote = (s: string) => s.replace(/^(["'])(.*)\1$/, '$2');

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
  let current: (Entry & { lastContent: number }) | undefined;
  const close = () => {
    if (current) entries.push({ date: current.date, start: current.start, end: current.lastContent });
    current = undefined;
  };
  let at = header.index + header[0].length + 1;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline + 1;
    // Most lines are an entry's fields: indented with spaces, then a character that is not a
    // space, a comment's `#` or a list item's `-`. Their first characters tell them apart.
    if (current) {
      let first = at;
      while (text.charCodeAt(first) === SPACE) first++;
      const c = text.charCodeAt(first);
      if (first > at && c > SPACE && c < DELETE && c !== HASH && c !== DASH) {
        current.lastContent = end;
        at = end;
        continue;
      }
    }
    // Blank lines, comments, top-level keys and list items need a closer look.
    let line = text.slice(at, newline === -1 ? text.length : newline);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const first = line.search(/\S/);
    const blank = first === -1 || line[first] === '#';
    if (first === 0 && !blank) break; // the next top-level key
    const maybeItem = !blank && line[first] === '-' && !/[^ ]/.test(line.slice(0, first));
    const item = maybeItem ? (/^( *)- +(?:\{ *)?date: *([^\s,}#]+)/.exec(line) ?? (/^( *)-( |$)/.exec(line) ? [] : undefined)) : undefined;
    if (item && (indent === undefined || item[1] === indent)) {
      if (item[1] === undefined) return undefined; // an entry that does not start with its date
      indent ??= item[1];
      close();
      current = { date: unquote(item[2]!), start: at, end, lastContent: end };
    } else if (!blank) {
      if (!current) return undefined;
      current.lastContent = end;
    }
    at = end;
  }
  close();
  if (indent === undefined || entries.length !== checkins.length) return undefined;
  if (entries.some((e, i) => e.date !== checkins[i]!.date)) return undefined;
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
  let out = text.slice(0, entries[0]!.start);
  const result: CheckIn[] = [];
  const insert = (after: number) => {
    for (const checkIn of insertedAfter.get(after) ?? []) {
      if (out.length > 0 && !out.endsWith('\n')) out += '\n';
      out += entryText(checkIn, indent);
      result.push(checkIn);
    }
  };
  insert(-1);
  entries.forEach((entry, i) => {
    const put = replaced.get(i);
    out += put ? entryText(put, indent) : text.slice(entry.start, entry.end);
    result.push(put ?? checkins[i]!);
    insert(i);
    out += text.slice(entry.end, entries[i + 1]?.start ?? text.length);
  });
  return { text: out, checkins: result, inPlace: true };
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
