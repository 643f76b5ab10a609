import envPaths from 'env-paths';
import { join } from 'node:path';

export interface StorePaths {
  profile: string;
  log: string;
  /** Dates that exported calendar files gave an event, so that a re-export can cancel stale ones. */
  exports: string;
}

/**
 * Where the runner's files live: DURABLE_HOME when set (tests, power users), else the
 * platform's config and data folders (XDG on Linux: ~/.config/durable, ~/.local/share/durable).
 */
export function storePaths(env: NodeJS.ProcessEnv = process.env, profileOverride?: string): StorePaths {
  const home = env.DURABLE_HOME;
  const dirs = home ? { config: home, data: home } : envPaths('durable', { suffix: '' });
  return {
    profile: profileOverride ?? join(dirs.config, 'profile.yaml'),
    log: join(dirs.data, 'log.yaml'),
    exports: join(dirs.data, 'exports.json'),
  };
}
