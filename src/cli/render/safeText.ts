/**
 * Text from a runner or a file, made safe for a terminal: control characters (escape
 * sequences that could set the window title, clear the screen or disguise a link) and
 * invisible direction marks are shown as visible escapes such as `\x1b`, so they are
 * seen rather than obeyed. Tabs and newlines stay unless `oneLine` is set.
 */
export function safeText(text: string, { oneLine = false } = {}): string {
  // eslint-disable-next-line no-control-regex
  const unsafe = oneLine ? /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g : /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
  return text.replace(unsafe, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
