import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILT_IN_DATA_DIR } from '../../dataset/read.js';
import { homePath, storePaths } from '../../store/paths.js';
import type { GlobalOptions } from '../context.js';
import { print, printJson } from '../io.js';
import { dim, heading } from '../render/style.js';
import { fitText } from '../render/text.js';
import { outputColumns } from '../render/width.js';

/** Where the runner's files are, and where the coaching data is read from. */
export function runPaths(options: { json?: boolean }, global: GlobalOptions): void {
  const { profile, log, cache, exports } = storePaths(process.env, global.profile);
  const dataset = resolve(global.data ?? BUILT_IN_DATA_DIR);
  if (options.json) {
    printJson({ profile, log, cache, exports, dataset, home: process.env.DURABLE_HOME ?? null });
    return;
  }
  const columns = outputColumns();
  const rows: [string, string, string][] = [
    ['profile', profile, existsSync(profile) ? 'your answers to `durable init`' : 'not saved yet: `durable init`'],
    ['log', log, existsSync(log) ? 'your check-ins; list them with `durable log`' : 'no check-ins yet'],
    ['exports', exports, existsSync(exports) ? 'the days your calendar exports had, so a re-export can cancel stale events' : 'no calendar exported yet'],
    ['cache', cache, 'validated copies of the files above and compiled code, to start quicker; safe to delete'],
    ['dataset', dataset, 'exercises, surfaces and coaching rules'],
  ];
  for (const [name, path, about] of rows) {
    print(fitText(`${heading(name.padEnd(8))}${homePath(path)}`, columns));
    print(fitText(dim(`        ${about}`), columns));
  }
  print(fitText(dim(process.env.DURABLE_HOME ? 'DURABLE_HOME is set: profile, log and cache are kept in that folder.' : 'Set DURABLE_HOME to a folder to keep your profile, log and cache there instead.'), columns));
}
