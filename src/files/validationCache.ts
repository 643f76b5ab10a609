import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite.js';
import { cacheFolder } from './cacheFolder.js';
import { readRegularFile } from './read.js';

// Set by the build to a hash of the code, so a new version never trusts an old cache.
declare const __DURABLE_BUILD__: string | undefined;
const BUILD = typeof __DURABLE_BUILD__ === 'string' ? __DURABLE_BUILD__ : undefined;

let zlib: typeof import('node:zlib') | undefined;

/** CRC-32 of some bytes, as 8 hex digits. Throws on a Node without zlib.crc32 (before 20.15): no cache there. */
async function crc32(bytes: Uint8Array | string): Promise<string> {
  // Loaded only when there is a cache to look up.
  zlib ??= await import('node:zlib');
  return zlib.crc32(bytes).toString(16).padStart(8, '0');
}

/** The first line of every entry: what wrote it, then the CRC-32 of everything after that line. */
const MAGIC = 'durable-validated 2';

/**
 * Validating YAML (parsing it and checking it with zod) is most of a command's start-up
 * time. The result for given file contents never changes, so it is kept, one entry per
 * file, with the exact texts it was validated from: it is used only while the files hold
 * those texts, byte for byte, and only by the build that wrote it. A file changed in any
 * way is validated again.
 *
 * An entry is a line `durable-validated 2 <build> <CRC-32 of the rest>`, the name it is
 * for (as JSON, on one line), a line of byte lengths (each text's, then the value's), then
 * the texts and the value's JSON. Two names whose files share a name take turns. It is
 * only ever a shortcut for reading: believed only when its CRC-32 matches too, so a
 * missing, corrupt, truncated, stale or edited entry is ignored and rebuilt. It can make
 * durable slower, never wrong, and nothing is ever written back to a runner's file from
 * it. The CRC is no signature: whoever can write to the cache folder could forge an
 * entry, as they could edit the log itself.
 */
export async function validatedOnce<T>(name: string, texts: readonly string[], validate: () => Promise<T>, env = process.env): Promise<T> {
  if (!BUILD || env.DURABLE_NO_CACHE) return validate();
  const known = validatedHere.get(name);
  if (known && sameTexts(known.texts, texts)) return known.value as T;
  const cached = await readEntry(name, texts, env);
  if (cached !== undefined) {
    validatedHere.set(name, { texts, value: cached });
    return cached as T;
  }
  const value = await validate();
  await remember(name, texts, value, env);
  return value;
}

const sameTexts = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((text, i) => text === b[i]);

/** The value kept for `name` and exactly these texts, or undefined when there is none, or it is broken, stale, edited or another name's. */
async function readEntry(name: string, texts: readonly string[], env: NodeJS.ProcessEnv): Promise<unknown> {
  try {
    const data = readRegularFile(await cacheFile(name, env));
    if (!data) return undefined;
    const headEnd = data.indexOf(10);
    const nameEnd = data.indexOf(10, headEnd + 1);
    const lengthsEnd = data.indexOf(10, nameEnd + 1);
    if (headEnd < 0 || nameEnd < 0 || lengthsEnd < 0) return undefined;
    if (data.toString('latin1', 0, headEnd) !== `${MAGIC} ${BUILD} ${await crc32(data.subarray(headEnd + 1))}`) return undefined;
    if (data.toString('utf8', headEnd + 1, nameEnd) !== JSON.stringify(name)) return undefined;
    const lengths = data.toString('latin1', nameEnd + 1, lengthsEnd).split(' ').map(Number);
    if (lengths.length !== texts.length + 1 || !lengths.every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
    let at = lengthsEnd + 1;
    for (const [i, text] of texts.entries()) {
      if (data.toString('utf8', at, (at += lengths[i]!)) !== text) return undefined;
    }
    if (at + lengths[texts.length]! !== data.length) return undefined;
    return JSON.parse(data.toString('utf8', at)) as unknown;
  } catch {
    // No entry yet, or an unreadable one: validate.
    return undefined;
  }
}

/** Results this process has validated or checked already, by name: no need to check them twice. */
const validatedHere = new Map<string, { texts: readonly string[]; value: unknown }>();

/** One file per name; two names sharing one only take turns in it. */
async function cacheFile(name: string, env: NodeJS.ProcessEnv): Promise<string> {
  return join(cacheFolder(env), `validated-${await crc32(name)}`);
}

/**
 * Keep `value` as the validated result for these texts: after a command wrote a file
 * whose content it knows to be valid (it just checked it), the next read need not
 * validate it again.
 */
export async function remember(name: string, texts: readonly string[], value: unknown, env = process.env): Promise<void> {
  if (!BUILD || env.DURABLE_NO_CACHE) return;
  validatedHere.set(name, { texts, value });
  try {
    const valueText = JSON.stringify(value);
    const rest = Buffer.from(`${JSON.stringify(name)}\n${[...texts, valueText].map((text) => Buffer.byteLength(text)).join(' ')}\n${texts.join('')}${valueText}`);
    // A link planted in the cache is replaced, never written through.
    writeFileAtomic(await cacheFile(name, env), Buffer.concat([Buffer.from(`${MAGIC} ${BUILD} ${await crc32(rest)}\n`, 'latin1'), rest]), { replaceLink: true, flush: false });
    forgetOldEntries(cacheFolder(env));
  } catch {
    // A read-only or full cache folder slows the next run down; nothing else.
  }
}

/** Entries as earlier builds kept them (<24 hex digits>.json, JSON with SHA-256 keys): never read now. */
const OLD_ENTRY = /^[0-9a-f]{24}\.json$/;
/** Every file the cache keeps: validated results, compiled code (bin/durable.js), and the old entries. */
const CACHE_FILE = /^(validated-[0-9a-f]{8}|code-[a-z0-9-]+\.bin|[0-9a-f]{24}\.json)$/;
let forgotten = false;

/** Remove the entries earlier builds left, once a process, when it writes one of its own. */
function forgetOldEntries(folder: string): void {
  if (forgotten) return;
  forgotten = true;
  removeMatching(folder, OLD_ENTRY);
}

function removeMatching(folder: string, names: RegExp): void {
  for (const name of readdirSync(folder)) {
    if (!names.test(name)) continue;
    try {
      unlinkSync(join(folder, name));
    } catch {
      // Gone already, or not ours to remove: it is only passed over.
    }
  }
}

/**
 * Empty the cache (its own files only): when the disk is too full to save a runner's log,
 * the room the cache takes is theirs first. Whether anything could be looked at.
 */
export function clearCache(env = process.env): boolean {
  forgotten = true;
  try {
    removeMatching(cacheFolder(env), CACHE_FILE);
    return true;
  } catch {
    return false;
  }
}
