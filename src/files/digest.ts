import { createHash } from 'node:crypto';

/** SHA-256 of `prefix` and the texts, each with its length, so that no two lists join alike. */
export function digestOf(texts: readonly string[], prefix = ''): string {
  const hash = createHash('sha256').update(prefix);
  for (const text of texts) hash.update(`\0${Buffer.byteLength(text)}\0`).update(text);
  return hash.digest('hex');
}
