import envPaths from 'env-paths';
import { homedir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';

export interface StorePaths {
  profile: string;
  log: string;
  /** Validated copies of the YAML files, to start quicker; safe to delete. */
  cache: string;
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
    cache: home ? join(home, 'cache') : envPaths('durable', { suffix: '' }).cache,
    exports: join(dirs.data, 'exports.json'),
  };
}

/** A path for messages: `~/…` under the home folder, whatever the working folder is. */
export function homePath(path: string, home: string = homedir()): string {
  const rel = relative(home, path);
  if (!home || rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel ? join('~', rel) : '~';
}
