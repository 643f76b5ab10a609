// Editing the log's text in place: one entry's text is added, replaced or removed, and
// every other byte of the file (comments, blank lines, formatting, other entries) stays
// as it was. Pure functions over text; logStore checks what they produce before writing.
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type YAMLSeq } from 'yaml';
import type { CheckIn } from '../schema/log.js';

interface Entry {
  date: string;
  /** Text range of the whole entry: from the start of its `- ` line to the end of its last line. */
  start: number;
  end: number;
}

interface Located {
  doc: Document;
  seq: YAMLSeq | undefined;
  /** Entries in file order, or undefined when the layout is not one entry per block of lines. */
  entries: Entry[] | undefined;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

function lineEnd(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline + 1;
}

function locate(text: string): Located {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const seq = doc.get('checkins', true);
  if (!isSeq(seq)) return { doc, seq: undefined, entries: undefined };
  if (seq.flow) return { doc, seq, entries: undefined };
  const entries: Entry[] = [];
  for (const item of seq.items) {
    const date = dateOf(item);
    if (!isMap(item) || !item.range || date === undefined) return { doc, seq, entries: undefined };
    const start = lineStart(text, item.range[0]);
    // Block entries: the line holds only the indent and the `- ` before the entry.
    if (!/^[ ]*-[ ]+$/.test(text.slice(start, item.range[0]))) return { doc, seq, entries: undefined };
    const last = Math.max(item.range[1], item.range[2]);
    const end = text[last - 1] === '\n' ? last : lineEnd(text, last);
    entries.push({ date, start, end });
  }
  return { doc, seq, entries };
}

/** The date of a list item, when it is a check-in with one. */
function dateOf(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const date = item.get('date', true);
  return isScalar(date) ? String(date.value) : undefined;
}

/** The entry as block YAML, each line indented to sit in the log's list. */
function entryText(checkIn: CheckIn, indent: string): string {
  return stringify([checkIn], { lineWidth: 0 })
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `${indent}${line}\n`)
    .join('');
}

/** The indent of the list's `- ` marks: the first entry's, else two spaces. */
function indentOf(text: string, entries: Entry[]): string {
  const first = entries[0];
  return first ? /^[ ]*/.exec(text.slice(first.start))![0] : '  ';
}

/** The text with `checkIn` added, or put in place of the entry with its date. */
export function putEntry(text: string, checkIn: CheckIn): string {
  const { doc, seq, entries } = locate(text);
  if (entries?.length) {
    const at = entries.findIndex((e) => e.date === checkIn.date);
    const fresh = entryText(checkIn, indentOf(text, entries));
    if (at >= 0) return text.slice(0, entries[at]!.start) + fresh + text.slice(entries[at]!.end);
    // Keep the file in date order: after the last entry that comes before it.
    const before = entries.filter((e) => e.date < checkIn.date).at(-1);
    const insertAt = before ? before.end : entries[0]!.start;
    const glue = insertAt > 0 && text[insertAt - 1] !== '\n' ? '\n' : '';
    return text.slice(0, insertAt) + glue + fresh + text.slice(insertAt);
  }
  // An empty list (`checkins: []`) or an unusual layout: edit the document, which keeps comments.
  const node = doc.createNode(checkIn);
  if (seq) {
    const at = seq.items.findIndex((item) => dateOf(item) === checkIn.date);
    if (at >= 0) seq.items[at] = node;
    else {
      const after = seq.items.findIndex((item) => (dateOf(item) ?? '') > checkIn.date);
      seq.items.splice(after === -1 ? seq.items.length : after, 0, node);
    }
    if (seq.items.length === 1) seq.flow = false;
  } else {
    doc.set('checkins', doc.createNode([checkIn]));
  }
  return doc.toString({ lineWidth: 0 });
}

/** The text without the entry for `date`. */
export function removeEntry(text: string, date: string): string {
  const { doc, seq, entries } = locate(text);
  // The last entry of a block list leaves `checkins:` with nothing: the document writes `[]`.
  if (entries && entries.length > 1) {
    const entry = entries.find((e) => e.date === date);
    if (!entry) return text;
    return text.slice(0, entry.start) + text.slice(entry.end);
  }
  if (!seq) return text;
  seq.items = seq.items.filter((item) => dateOf(item) !== date);
  if (seq.items.length === 0) seq.flow = true;
  return doc.toString({ lineWidth: 0 });
}
