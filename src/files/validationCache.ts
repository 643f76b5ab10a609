import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite.js';
import { cacheFolder } from './cacheFolder.js';
import { readRegularFile } from './read.js';

// Set by the build to a hash of the code, so a new version never trusts an old cache.
declare const __DURABLE_BUILD__: string | undefined;
const BUILD = typeof __DURABLE_BUILD__ === 'string' ? __DURABLE_BUILD__ : undefined;

let digest: typeof import('./digest.js').digestOf | undefined;

/** SHA-256 of the build and of the texts. */
async function digestOf(texts: readonly string[]): Promise<string> {
  // Loaded only when there is a cache to look up: node:crypto costs time at start-up.
  digest ??= (await import('./digest.js')).digestOf;
  return digest(texts, BUILD ?? '');
}

/**
 * An entry is written as `{"key":K,"check":C,"value":V}` and nothing else: K is the
 * digest of the files' texts, C the digest of K and of V's exact JSON text.
 */
const ENTRY = /^\{"key":"([0-9a-f]{64})","check":"([0-9a-f]{64})","value":/;

/**
 * Validating YAML (parsing it and checking it with zod) is most of a command's start-up
 * time. The result for given file contents never changes, so it is kept as JSON, one
 * entry per file, under a key that is a SHA-256 of the exact contents and the code
 * version: a file changed in any way is validated again.
 *
 * A cache entry is only ever a shortcut for reading. Its value is believed only when
 * its own digest matches too, so a missing, corrupt, truncated, stale or edited entry
 * is ignored and rebuilt: it can make durable slower, never wrong, and nothing is ever
 * written back to a runner's file from it. The digest is no signature: whoever can
 * write to the cache folder could forge an entry, as they could edit the log itself.
 */
export async function validatedOnce<T>(name: string, texts: readonly string[], validate: () => Promise<T>, env = process.env): Promise<T> {
  if (!BUILD || env.DURABLE_NO_CACHE) return validate();
  const key = await digestOf(texts);
  const known = validatedHere.get(name);
  if (known?.key === key) return known.value as T;
  const file = await cacheFile(name, env);
  const cached = await readEntry(file, key);
  if (cached !== undefined) {
    validatedHere.set(name, { key, value: cached });
    return cached as T;
  }
  const value = await validate();
  await remember(name, texts, value, env);
  return value;
}

/** The value kept in `file` under `key`, or undefined when there is none, or it is broken, stale or edited. */
async function readEntry(file: string, key: string): Promise<unknown> {
  try {
    const text = readRegularFile(file)?.toString('utf8');
    if (text === undefined) return undefined;
    const head = ENTRY.exec(text);
    if (!head || head[1] !== key || !text.endsWith('}')) return undefined;
    const valueText = text.slice(head[0].length, -1);
    if ((await digestOf([key, valueText])) !== head[2]) return undefined;
    return JSON.parse(valueText) as unknown;
  } catch {
    // No entry yet, or an unreadable one: validate.
    return undefined;
  }
}

/** Results this process has validated or checked already, by name: no need to check them twice. */
const validatedHere = new Map<string, { key: string; value: unknown }>();

async function cacheFile(name: string, env: NodeJS.ProcessEnv): Promise<string> {
  return join(cacheFolder(env), `${(await digestOf([name])).slice(0, 24)}.json`);
}

/**
 * Keep `value` as the validated result for these texts: after a command wrote a file
 * whose content it knows to be valid (it just checked it), the next read need not
 * validate it again.
 */
export async function remember(name: string, texts: readonly string[], value: unknown, env = process.env): Promise<void> {
  if (!BUILD || env.DURABLE_NO_CACHE) return;
  const key = await digestOf(texts);
  validatedHere.set(name, { key, value });
  try {
    const valueText = JSON.stringify(value);
    // A link planted in the cache is replaced, never written through.
    writeFileAtomic(await cacheFile(name, env), `{"key":"${key}","check":"${await digestOf([key, valueText])}","value":${valueText}}`, { replaceLink: true, flush: false });
  } catch {
    // A read-only or full cache folder slows the next run down; nothing else.
  }
}
