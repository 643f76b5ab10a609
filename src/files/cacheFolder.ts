import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import envPaths from 'env-paths';

/**
 * The folder for what durable keeps only to start quicker (validated copies of the YAML
 * files, compiled code): safe to delete at any time. DURABLE_HOME/cache when set, else
 * the platform's cache folder (~/.cache/durable on Linux).
 */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DURABLE_HOME) return join(env.DURABLE_HOME, 'cache');
  const folder = envPaths('durable', { suffix: '' }).cache;
  // A relative XDG_CACHE_HOME is to be ignored (XDG Base Directory): never a cache in the working folder.
  return isAbsolute(folder) ? folder : join(homedir(), '.cache', 'durable');
}
