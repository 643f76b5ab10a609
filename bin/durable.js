#!/usr/bin/env node
// Starts durable. The CLI is one CommonJS bundle, dist/main.cjs; parsing and compiling it
// would be much of a short command's time, so the code V8 compiled for it is kept in the
// cache folder, one file per command, and reused while Node and the bundle stay the same.
// The cache is only a shortcut: V8 checks it and compiles afresh when it does not fit, and
// a cache that cannot be read or written only makes the start slower.
// (CommonJS on purpose: an ES module here would start Node's module loader, which costs
// more than all of this.)
'use strict';
const { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const nodeModule = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, '..', 'dist', 'main.cjs');
const source = readFileSync(file, 'utf8');
const build = /^\/\* durable build (\w+) \*\//.exec(source)?.[1] ?? 'dev';

/** The commands worth a cache of their own; the rest share one. */
const command = /^(plan|today|checkin|history|log|export|import|init)$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
const key = `${process.version} ${process.arch} ${build}\n`;
let cachePath;
let cached;
if (!process.env.DURABLE_NO_CACHE) {
  try {
    const folder = require('../dist/cacheFolder.cjs').cacheFolder(process.env);
    // Node 22 and later also keep the compiled libraries that some commands load.
    nodeModule.enableCompileCache?.(join(folder, 'compiled'));
    cachePath = join(folder, `code-${command}.bin`);
    const data = readFileSync(cachePath);
    if (data.subarray(0, key.length).toString('latin1') === key) cached = data.subarray(key.length);
  } catch {
    // No cache yet, or an unreadable one: compile.
  }
}

const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData: cached });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, nodeModule.createRequire(file), bundle, file, dirname(file));

bundle.exports.main(process.argv).then(() => {
  // After a successful command, keep what V8 compiled for it (the functions it ran too).
  if (!cachePath || (cached && !script.cachedDataRejected) || process.exitCode) return;
  const temp = `${cachePath}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cachePath), { recursive: true, mode: 0o700 });
    writeFileSync(temp, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]), { mode: 0o600 });
    renameSync(temp, cachePath);
  } catch {
    rmSync(temp, { force: true });
  }
});
