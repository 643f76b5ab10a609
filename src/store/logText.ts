// Editing the log's text in place: one entry's text is added, replaced or removed, and
// every other byte of the file (comments, blank lines, formatting, other entries) stays
// as it was. Pure functions over text and the log's validated entries. A log written one
// block per entry is edited line by line (logLines.ts); any other layout through the
// YAML document.
import { isMap, isScalar, isSeq, parse, parseDocument, stringify } from 'yaml';
import type { CheckIn } from '../schema/log.js';
import { putScanned, scanEntries, type Edited } from './logLines.js';

export type { Edited } from './logLines.js';

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

/** The text with `checkIn` added in date order, or put in place of the entry with its date. */
export function putEntry(text: string, checkins: readonly CheckIn[], checkIn: CheckIn): Edited {
  const scanned = scanEntries(text, checkins);
  if (scanned) return putScanned(text, checkins, scanned, [checkIn], entryText);
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
      const rest = putScanned(edited.text, edited.checkins, scanned, puts.slice(i), entryText);
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
