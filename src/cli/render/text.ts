import stringWidth from 'string-width';
import { stripVTControlCharacters } from 'node:util';
import wrapAnsi from 'wrap-ansi';

/**
 * Characters one column wide for certain (printable Latin, general punctuation such as
 * "–" and "•", arrows, box drawing, blocks, geometric shapes such as "●", but not "◽" and
 * "◾", which are emoji), both to string-width and to the older one cli-table3 measures
 * with: a line of only these needs no grapheme segmentation, which is most of
 * string-width's time.
 */
export const NARROW = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u25FC\u25FF]*$/;

/** Terminal columns one line takes, colour codes excluded, wide characters as two. */
export function lineWidth(line: string): number {
  const plain = line.includes('\u001B') ? stripVTControlCharacters(line) : line;
  return NARROW.test(plain) ? plain.length : stringWidth(plain);
}

/** Terminal columns a text takes: its widest line. */
export function textWidth(text: string): number {
  return text.includes('\n') ? Math.max(0, ...text.split('\n').map(lineWidth)) : lineWidth(text);
}

/** Text of one-column characters over any number of lines. */
const NARROW_LINES = new RegExp(NARROW.source.replace(']*$', '\\n]*$'));

/**
 * A text's width (textWidth) and the width of its longest word (split at any white
 * space), in one pass over text of one-column characters; word by word otherwise.
 */
export function measureText(text: string): { width: number; longestWord: number } {
  const plain = text.includes('\u001B') ? stripVTControlCharacters(text) : text;
  if (!NARROW_LINES.test(plain)) return { width: textWidth(text), longestWord: Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w))) };
  let width = 0;
  let line = 0;
  let word = 0;
  let longestWord = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c === 10) {
      line = 0;
      word = 0;
      continue;
    }
    if (++line > width) width = line;
    // The only white space among one-column characters: the space and the no-break space.
    if (c === 32 || c === 0xa0) word = 0;
    else if (++word > longestWord) longestWord = word;
  }
  return { width, longestWord };
}

/** Leading spaces and a bullet ("• ", "↳ ", "1. "): continuation lines are indented under the text after it. */
const LEAD = /^\s*(?:[•↳·–-] |\d+\. )?/;

/** One line wrapped at word boundaries to `width` columns, colour codes kept; words longer than a line are split. */
function wrapLine(line: string, width: number): string[] {
  if (lineWidth(line) <= width) return [line];
  const lead = LEAD.exec(line.includes('\u001B') ? stripVTControlCharacters(line) : line)![0];
  // The hanging indent needs the lead to be plain text at the very start of the line.
  const exact = lead.length > 0 && line.startsWith(lead);
  if (!exact) return hanging('', line, width, lineWidth(lead));
  return hanging(lead, line.slice(lead.length), width);
}

/**
 * `prefix` then `text` wrapped to `width`, continuation lines indented under the text
 * (or by `indent` columns when given).
 */
export function hanging(prefix: string, text: string, width: number, indent = lineWidth(prefix)): string[] {
  const hang = Math.min(indent, Math.floor(width / 2));
  const room = Math.max(1, width - Math.max(hang, lineWidth(prefix)));
  const kept = glued(text, room);
  const wrapped = NARROW.test(kept) ? wrapNarrow(kept, room) : wrapAnsi(kept, room, { hard: true, trim: true }).split('\n');
  return wrapped.map((l, i) => (i === 0 ? prefix : ' '.repeat(hang)) + l.replaceAll(GLUE, ' '));
}

/**
 * One line of one-column characters (NARROW: no colour codes, tabs or line breaks) wrapped
 * to `columns` exactly as wrap-ansi wraps it with `{ hard: true, trim: true }`: words
 * split at spaces, spaces at the start of a line dropped before a word is added and at
 * the end of each line, a word wider than a line split across lines. Each character is
 * a column and a grapheme of its own, so no segmentation or measuring is needed.
 */
export function wrapNarrow(line: string, columns: number): string[] {
  if (line.trim() === '') return [''];
  const rows: string[] = [];
  let row = '';
  let length = 0;
  /** Whether the row has content, so that its start is trimmed no more. */
  let started = false;
  const breakRow = () => {
    rows.push(row);
    row = '';
    length = 0;
    started = false;
  };
  const words = line.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!started) {
      const trimmed = row.trimStart();
      if (trimmed.length !== row.length) {
        row = trimmed;
        length = trimmed.length;
      }
      started = trimmed.length > 0;
    }
    if (i > 0 && length > 0) {
      row += ' ';
      length++;
    }
    if (word.length > columns) {
      // A word wider than a line starts on the next one when that takes no more lines.
      const breaksHere = 1 + Math.floor((word.length - (columns - length) - 1) / columns);
      if (Math.floor((word.length - 1) / columns) < breaksHere) breakRow();
      for (let k = 0; k < word.length; k++) {
        if (length > 0 && length + 1 > columns) breakRow();
        row += word.charAt(k);
        length++;
        if (length === columns && k < word.length - 1) breakRow();
      }
      continue;
    }
    if (length + word.length > columns && length > 0 && word.length > 0) breakRow();
    row += word;
    length += word.length;
  }
  rows.push(row);
  return rows.map(trimEndSpaces);
}

/** A line without the spaces (only those) at its end. */
function trimEndSpaces(row: string): string {
  let end = row.length;
  while (end > 0 && row.charCodeAt(end - 1) === 32) end--;
  return end === row.length ? row : row.slice(0, end);
}

/** A space that wrapping does not break at; made a plain space again once wrapped. */
const GLUE = '\u00A0';

/**
 * Spaces a line should not break at: between a number and its unit ("30 s", "3 x"), and
 * inside a `command` that fits on a line, so a runner can read or copy it whole.
 */
function glued(text: string, room: number): string {
  if (!/[\d`]/.test(text)) return text;
  return text
    .replace(/(\d) (?=(?:s|min|x|reps?|km|mi|%)(?![\w-]))/g, `$1${GLUE}`)
    .replace(/(?<=[ \u00A0])x (?=\d)/g, `x${GLUE}`)
    .replace(/`[^`\n]+`/g, (command) => (command.length <= room ? command.replaceAll(' ', GLUE) : command));
}

/** Lines already wrapped, by width and line: a plan says the same things week after week. */
const wrappedLines = new Map<number, Map<string, readonly string[]>>();

function wrapLineOnce(line: string, width: number): readonly string[] {
  let wrapped = wrappedLines.get(width);
  if (!wrapped) wrappedLines.set(width, (wrapped = new Map<string, readonly string[]>()));
  let lines = wrapped.get(line);
  if (!lines) wrapped.set(line, (lines = wrapLine(line, width)));
  return lines;
}

/** A text of any number of lines wrapped to `width` columns. */
export function wrapText(text: string, width: number): string[] {
  if (!text.includes('\n')) return lineWidth(text) <= width ? [text] : wrapLineOnce(text, width).slice();
  const lines: string[] = [];
  for (const line of text.split('\n')) lines.push(...wrapLineOnce(line, width));
  return lines;
}

/** Lines wrapped to `width`, each starting with `indent` spaces (wrapped within what is left). */
export function indented(text: string, width: number, indent = 2): string[] {
  const pad = ' '.repeat(indent);
  return wrapText(text, width - indent).map((line) => pad + line);
}

/** A text wrapped to `width` columns, as one string. */
export function fitText(text: string, width: number): string {
  return wrapText(text, width).join('\n');
}
