import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import { writeFileAtomic } from './atomicWrite.js';

// Set by the build to a hash of the code, so a new version never trusts an old cache.
declare const __DURABLE_BUILD__: string | undefined;
const BUILD = typeof __DURABLE_BUILD__ === 'string' ? __DURABLE_BUILD__ : undefined;

function cacheFolder(env: NodeJS.ProcessEnv): string {
  return env.DURABLE_HOME ? join(env.DURABLE_HOME, 'cache') : envPaths('durable', { suffix: '' }).cache;
}

/** SHA-256 of the texts (each with its length, so no two lists join alike) and of the build. */
async function keyOf(texts: readonly string[]): Promise<string> {
  // Loaded only when there is a cache to look up: node:crypto costs milliseconds at start-up.
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256').update(BUILD ?? '');
  for (const text of texts) hash.update(`\0${Buffer.byteLength(text)}\0`).update(text);
  return hash.digest('hex');
}

/**
 * Validating YAML (parsing it and checking it with zod) is most of a command's start-up
 * time. The result for given file contents never changes, so it is kept as JSON, one
 * entry per file, under a key that is a SHA-256 of the exact contents and the code
 * version: a file changed in any way is validated again.
 *
 * A cache entry is only ever a shortcut for reading: `isShaped` checks what it holds
 * before it is used, so a missing, corrupt, truncated, stale or hand-made entry is
 * ignored and rebuilt. It can make durable slower, never wrong, and nothing is ever
 * written back to a runner's file from it.
 */
export async function validatedOnce<T>(
  name: string,
  texts: readonly string[],
  validate: () => Promise<T>,
  isShaped: (value: unknown) => Promise<boolean> | boolean,
  env = process.env,
): Promise<T> {
  if (!BUILD || env.DURABLE_NO_CACHE) return validate();
  const key = await keyOf(texts);
  const known = validatedHere.get(name);
  if (known?.key === key) return known.value as T;
  const file = await cacheFile(name, env);
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (isCacheEntry(entry) && entry.key === key && (await isShaped(entry.value))) {
      validatedHere.set(name, entry);
      return entry.value as T;
    }
  } catch {
    // No entry yet, or a broken one: validate.
  }
  const value = await validate();
  await remember(name, texts, value, env);
  return value;
}

/** Results this process has validated or checked already, by name: no need to check them twice. */
const validatedHere = new Map<string, { key: string; value: unknown }>();

async function cacheFile(name: string, env: NodeJS.ProcessEnv): Promise<string> {
  return join(cacheFolder(env), `${(await keyOf([name])).slice(0, 24)}.json`);
}

/**
 * Keep `value` as the validated result for these texts: after a command wrote a file
 * whose content it knows to be valid (it just checked it), the next read need not
 * validate it again.
 */
export async function remember(name: string, texts: readonly string[], value: unknown, env = process.env): Promise<void> {
  if (!BUILD || env.DURABLE_NO_CACHE) return;
  const key = await keyOf(texts);
  validatedHere.set(name, { key, value });
  try {
    writeFileAtomic(await cacheFile(name, env), JSON.stringify({ key, value }));
  } catch {
    // A read-only or full cache folder slows the next run down; nothing else.
  }
}

function isCacheEntry(entry: unknown): entry is { key: string; value: unknown } {
  return typeof entry === 'object' && entry !== null && typeof (entry as { key?: unknown }).key === 'string' && 'value' in entry;
}
