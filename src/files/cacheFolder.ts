import { join } from 'node:path';
import envPaths from 'env-paths';

/**
 * The folder for what durable keeps only to start quicker (validated copies of the YAML
 * files, compiled code): safe to delete at any time. DURABLE_HOME/cache when set, else
 * the platform's cache folder (~/.cache/durable on Linux).
 */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.DURABLE_HOME ? join(env.DURABLE_HOME, 'cache') : envPaths('durable', { suffix: '' }).cache;
}
