import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import { writeFileAtomic } from './atomicWrite.js';

// Set by the build to a hash of the code, so a new version never trusts an old cache.
declare const __DURABLE_BUILD__: string | undefined;
const BUILD = typeof __DURABLE_BUILD__ === 'string' ? __DURABLE_BUILD__ : undefined;

/**
 * cyrb53, a fast 53-bit string hash: enough to tell a runner's own file versions apart,
 * and it spares loading node:crypto (several milliseconds) on every start.
 */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function cacheFolder(env: NodeJS.ProcessEnv): string {
  return env.DURABLE_HOME ? join(env.DURABLE_HOME, 'cache') : envPaths('durable', { suffix: '' }).cache;
}

/**
 * Validating YAML (parsing it and checking it with zod) is most of a command's start-up
 * time. The result for given file contents never changes, so it is kept as JSON, one
 * entry per file, under a key that hashes the contents and the code version: a file
 * that changed in any way is validated again. A missing or unreadable cache entry only
 * costs the time to validate.
 */
export async function validatedOnce<T>(name: string, texts: readonly string[], validate: () => Promise<T>, env = process.env): Promise<T> {
  if (!BUILD || env.DURABLE_NO_CACHE) return validate();
  // Two seeds and every length: a changed file gets a new key for certain in practice.
  const joined = texts.map((t) => `${t.length}\0${t}`).join('\0');
  const key = `${BUILD}-${hash53(joined, 1)}-${hash53(joined, 2)}`;
  const file = join(cacheFolder(env), `${hash53(name)}.json`);
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: T };
    if (entry.key === key) return entry.value;
  } catch {
    // No entry yet, or a broken one: validate.
  }
  const value = await validate();
  try {
    writeFileAtomic(file, JSON.stringify({ key, value }));
  } catch {
    // A read-only cache folder slows the next run down; nothing else.
  }
  return value;
}
