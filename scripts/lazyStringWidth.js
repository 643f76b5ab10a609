// string-width as the bundle sees it. string-width's own start-up (a grapheme segmenter and
// emoji expressions) costs more than drawing a week's plan, yet nearly everything durable
// measures is plain text. Text made only of characters that are one column wide for certain
// is measured here, exactly as string-width would measure it; anything else is handed to
// string-width itself, loaded the first time it is needed.

/**
 * Characters string-width counts as one column each (checked for every one of them by
 * scripts/build.mjs, which also checks that src/cli/render/text.ts's NARROW holds the same).
 */
export const ONE_COLUMN = [[0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x2010, 0x2027], [0x2030, 0x205e], [0x2190, 0x21ff], [0x2500, 0x25fc], [0x25ff, 0x25ff]];
const hex = (n) => `\\u${n.toString(16).padStart(4, '0')}`;
/** Text of one-column characters only, each its own grapheme cluster (wrap-ansi's quick path uses it too). */
export const NARROW = new RegExp(`^[${ONE_COLUMN.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]*$`);
/** The narrow characters and ESC, which string-width counts as no column when told to count escape codes. */
const NARROW_OR_ESC = new RegExp(`^[\\u001b${ONE_COLUMN.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]*$`);
/** The colour codes chalk writes (SGR), which string-width strips before measuring. */
const SGR = /\u001b\[[0-9;]*m/g;

let real;

export default function stringWidth(input, options = {}) {
  if (typeof input === 'string' && options.ambiguousIsNarrow !== false) {
    if (options.countAnsiEscapeCodes) {
      if (NARROW_OR_ESC.test(input)) return input.length - (input.split('\u001b').length - 1);
    } else {
      const plain = input.includes('\u001b') ? input.replace(SGR, '') : input;
      if (!plain.includes('\u001b') && !plain.includes('\u009b') && NARROW.test(plain)) return plain.length;
    }
  }
  // eslint-disable-next-line no-undef -- the bundle is CommonJS: string-width is loaded only now
  real ??= require('string-width').default;
  return real(input, options);
}
