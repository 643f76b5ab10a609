// Editing the log's text in place: one entry's text is added, replaced or removed, and
// every other byte of the file (comments, blank lines, formatting, other entries) stays
// as it was. Pure functions over text and the log's validated entries.
import { isMap, isScalar, isSeq, parse, parseDocument, stringify } from 'yaml';
import type { CheckIn } from '../schema/log.js';

export interface Edited {
  text: string;
  /** The entries the new text holds, in file order. */
  checkins: CheckIn[];
  /** Whether only the entry's own lines were touched (else the document was re-written, comments kept). */
  inPlace: boolean;
}

interface Entry {
  date: string;
  /** From the start of its `- ` line to the end of its last line that is not blank or a comment. */
  start: number;
  end: number;
}

const unquote = (s: string) => s.replace(/^(["'])(.*)\1$/, '$2');

/**
 * The entries of a log written one block per entry (`  - date: ...` and its lines), found
 * line by line: quick on a long log. Undefined for any other layout, and whenever what is
 * found does not match the validated entries date for date, so a surprise in the file
 * never leads to a wrong edit: the slower document edit is used instead.
 */
function scanEntries(text: string, checkins: readonly CheckIn[]): { entries: Entry[]; indent: string } | undefined {
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
    let line = text.slice(at, newline === -1 ? text.length : newline);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    // Most lines are an entry's fields: one search tells them from blank lines, comments,
    // top-level keys and list items, which alone need the closer looks below.
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

/** Plain YAML reading, for checking what an edit produced. */
export const readYaml = (text: string): unknown => parse(text);

/** The entry as block YAML, each line indented to sit in the log's list. */
export function entryText(checkIn: CheckIn, indent: string): string {
  return stringify([checkIn], { lineWidth: 0 })
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `${indent}${line}\n`)
    .join('');
}

/** The date of a list item, when it is a check-in with one. */
function dateOf(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const date = item.get('date', true);
  return isScalar(date) ? String(date.value) : undefined;
}

/**
 * Entries put into a log scanned line by line: each replaces the entry with its date, or
 * goes after the last entry dated before it (before the first when none is). Every other
 * byte stays where it was.
 */
function putScanned(text: string, checkins: readonly CheckIn[], scanned: { entries: Entry[]; indent: string }, puts: readonly CheckIn[]): Edited {
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

/** The text with `checkIn` added in date order, or put in place of the entry with its date. */
export function putEntry(text: string, checkins: readonly CheckIn[], checkIn: CheckIn): Edited {
  const scanned = scanEntries(text, checkins);
  if (scanned) return putScanned(text, checkins, scanned, [checkIn]);
  // An empty list (`checkins: []`) or an unusual layout: edit the document, which keeps comments.
  const at = checkins.findIndex((c) => c.date === checkIn.date);
  const doc = parseDocument(text);
  const seq = doc.get('checkins', true);
  if (!isSeq(seq)) throw new Error('the log has no list of check-ins');
  const node = doc.createNode(checkIn);
  let result: CheckIn[];
  if (at >= 0) {
    seq.items[at] = node;
    result = checkins.with(at, checkIn);
  } else {
    const after = seq.items.findIndex((item) => (dateOf(item) ?? '') > checkIn.date);
    const index = after === -1 ? seq.items.length : after;
    seq.items.splice(index, 0, node);
    result = checkins.toSpliced(index, 0, checkIn);
  }
  if (seq.items.length === 1) seq.flow = false;
  return { text: doc.toString({ lineWidth: 0 }), checkins: result, inPlace: false };
}

/**
 * The text with many check-ins put at once (an import): one pass over a log written one
 * block per entry. Another layout (or `checkins: []`) takes the first entry through the
 * document, which usually leaves the block layout for the rest.
 */
export function putEntries(text: string, checkins: readonly CheckIn[], puts: readonly CheckIn[]): Edited {
  // A log with no entries yet (`checkins: []`): that one line becomes the list, as a new log would write it.
  const empty = checkins.length ? null : /^checkins:[ \t]*\[\][ \t]*(#.*)?$/m.exec(text);
  if (empty && puts.length) {
    const sorted = [...puts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const end = empty.index + empty[0].length;
    const rest = text.slice(text[end] === '\n' ? end + 1 : end);
    const list = `checkins:${empty[1] ? ` ${empty[1]}` : ''}\n${sorted.map((c) => entryText(c, '  ')).join('')}`;
    return { text: text.slice(0, empty.index) + list + rest, checkins: sorted, inPlace: true };
  }
  let edited: Edited = { text, checkins: [...checkins], inPlace: true };
  for (let i = 0; i < puts.length; i++) {
    const scanned = scanEntries(edited.text, edited.checkins);
    if (scanned) {
      const rest = putScanned(edited.text, edited.checkins, scanned, puts.slice(i));
      return { ...rest, inPlace: edited.inPlace };
    }
    const one = putEntry(edited.text, edited.checkins, puts[i]!);
    edited = { ...one, inPlace: false };
  }
  return edited;
}

/** The text without the entry for `date`. */
export function removeEntry(text: string, checkins: readonly CheckIn[], date: string): Edited {
  const at = checkins.findIndex((c) => c.date === date);
  if (at < 0) return { text, checkins: [...checkins], inPlace: true };
  const rest = checkins.toSpliced(at, 1);
  const scanned = checkins.length > 1 ? scanEntries(text, checkins) : undefined;
  if (scanned) {
    const entry = scanned.entries[at]!;
    return { text: text.slice(0, entry.start) + text.slice(entry.end), checkins: rest, inPlace: true };
  }
  // The last entry of a block list would leave `checkins:` with nothing: the document writes `[]`.
  const doc = parseDocument(text);
  const seq = doc.get('checkins', true);
  if (!isSeq(seq)) throw new Error('the log has no list of check-ins');
  seq.items.splice(at, 1);
  if (seq.items.length === 0) seq.flow = true;
  return { text: doc.toString({ lineWidth: 0 }), checkins: rest, inPlace: false };
}
