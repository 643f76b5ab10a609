'use strict';
// A light stand-in for the `string-width` package that cli-table3 measures cells with,
// put in its place by the build. The original compiles a very large emoji regular
// expression on first use, which alone took a quarter of `durable plan`'s start-up.
// This counts terminal columns the same way for what durable prints: ANSI colour codes
// take none, combining marks and zero-width joiners none, wide East Asian characters
// and emoji two, everything else one.

// Colour codes (ESC [ ... m) and hyperlinks (ESC ] ... BEL) take no columns.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANSI = /\u001B\[[0-9;]*[A-Za-z]|\u001B\][^\u0007]*\u0007/g;

function isZeroWidth(cp) {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0) ||
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff)
  );
}

function isWide(cp) {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x1fa70 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

module.exports = function stringWidth(text) {
  if (typeof text !== 'string' || text.length === 0) return 0;
  let width = 0;
  for (const char of text.replace(ANSI, '')) {
    const cp = char.codePointAt(0);
    if (isZeroWidth(cp)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
};
