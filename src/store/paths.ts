import envPaths from 'env-paths';
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { UserError } from '../errors.js';
import { cacheFolder } from '../files/cacheFolder.js';

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
  if (home) checkFolder(home);
  const dirs = home ? { config: home, data: home } : platformFolders();
  return {
    profile: profileOverride ?? join(dirs.config, 'profile.yaml'),
    log: join(dirs.data, 'log.yaml'),
    cache: cacheFolder(env),
    exports: join(dirs.data, 'exports.json'),
  };
}

/**
 * The XDG settings durable passes over, each with the folder it uses instead: a relative
 * path (XDG Base Directory says to ignore it; before, it meant a folder under wherever
 * the command ran). None with DURABLE_HOME.
 */
export function ignoredFolders(env: NodeJS.ProcessEnv = process.env): { name: string; value: string; holds: string; used: string }[] {
  if (env.DURABLE_HOME) return [];
  const ignored = IGNORABLE.filter(({ name }) => env[name] && !isAbsolute(env[name]));
  // Every command asks at start-up: the folders are worked out only when one is to be said.
  if (!ignored.length) return [];
  const paths = storePaths(env);
  return ignored.map(({ name, holds, folder }) => ({ name, value: env[name]!, holds, used: folder(paths) }));
}

/** The XDG settings durable reads, what each folder holds, and where durable keeps it. */
const IGNORABLE: { name: string; holds: string; folder: (paths: StorePaths) => string }[] = [
  { name: 'XDG_CONFIG_HOME', holds: 'your profile', folder: (paths) => dirname(paths.profile) },
  { name: 'XDG_DATA_HOME', holds: 'your log', folder: (paths) => dirname(paths.log) },
  { name: 'XDG_CACHE_HOME', holds: 'the cache', folder: (paths) => paths.cache },
];

/** The platform's config and data folders for durable. */
function platformFolders(): { config: string; data: string } {
  const { config, data } = envPaths('durable', { suffix: '' });
  // A relative XDG_CONFIG_HOME or XDG_DATA_HOME is to be ignored (XDG Base Directory): a
  // runner's profile and log never land in whatever folder the command runs from.
  return {
    config: isAbsolute(config) ? config : join(homedir(), '.config', 'durable'),
    data: isAbsolute(data) ? data : join(homedir(), '.local', 'share', 'durable'),
  };
}

/** A path for messages: `~/…` under the home folder, whatever the working folder is. */
export function homePath(path: string, home: string = homedir()): string {
  const rel = relative(home, path);
  if (!home || rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel ? join('~', rel) : '~';
}

/** DURABLE_HOME must be a folder, or not exist yet (the first write creates it). */
function checkFolder(home: string): void {
  let isFolder = true;
  try {
    isFolder = statSync(home).isDirectory();
  } catch {
    // Missing, or unreadable: the read or write that needs it says so.
  }
  if (!isFolder) throw new UserError(`DURABLE_HOME: ${home} is a file, not a folder; point DURABLE_HOME at a folder`);
}
