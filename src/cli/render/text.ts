import stringWidth from 'string-width';
import { stripVTControlCharacters } from 'node:util';
import wrapAnsi from 'wrap-ansi';

/** Terminal columns a text takes: its widest line, colour codes excluded, wide characters as two. */
export function textWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map((line) => stringWidth(line)));
}

/** Leading spaces and a bullet ("• ", "↳ ", "1. "): continuation lines are indented under the text after it. */
const LEAD = /^\s*(?:[•↳·–-] |\d+\. )?/;

/** One line wrapped at word boundaries to `width` columns, colour codes kept; words longer than a line are split. */
function wrapLine(line: string, width: number): string[] {
  if (stringWidth(line) <= width) return [line];
  const lead = LEAD.exec(stripVTControlCharacters(line))![0];
  // The hanging indent needs the lead to be plain text at the very start of the line.
  const exact = lead.length > 0 && line.startsWith(lead);
  const indent = Math.min(stringWidth(lead), Math.floor(width / 2));
  const body = exact ? line.slice(lead.length) : line;
  const wrapped = wrapAnsi(body, Math.max(1, width - indent), { hard: true, trim: true }).split('\n');
  const pad = ' '.repeat(indent);
  return wrapped.map((l, i) => (i === 0 ? (exact ? lead : '') + l : pad + l));
}

/** A text of any number of lines wrapped to `width` columns. */
export function wrapText(text: string, width: number): string[] {
  return text.split('\n').flatMap((line) => wrapLine(line, width));
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
