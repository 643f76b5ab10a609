#!/usr/bin/env node
// Starts durable. The CLI is one CommonJS bundle, dist/main.cjs, with the libraries only
// some commands need in dist/vendor/. Parsing and compiling them would be much of a short
// command's time, so the code V8 compiled for each is kept in the cache folder (for the
// bundle, one file per command) and reused while Node and the build stay the same. The
// cache is only a shortcut: V8 checks it and compiles afresh when it does not fit, and a
// cache that cannot be read or written only makes the start slower.
// (CommonJS on purpose: an ES module here would start Node's module loader, which costs
// more than all of this.)
'use strict';
const { readFileSync } = require('node:fs');
const nodeModule = require('node:module');
const { basename, dirname, join } = require('node:path');
const { Script } = require('node:vm');

// The version alone needs nothing else: it is the package's.
if (process.argv.length === 3 && ['-V', '-v', '--version'].includes(process.argv[2])) {
  process.stdout.write(`${require('../package.json').version}\n`);
  return;
}

const dist = join(__dirname, '..', 'dist');
const main = join(dist, 'main.cjs');
const source = readFileSync(main, 'utf8');
const build = /^\/\* durable build (\w+) \*\//.exec(source)?.[1] ?? 'dev';
const key = Buffer.from(`${process.version} ${process.arch} ${build}\n`, 'latin1');
const nodeRequire = nodeModule.createRequire(main);

let folder;
let files;
if (!process.env.DURABLE_NO_CACHE) {
  try {
    files = nodeRequire('./cacheFiles.cjs');
    folder = files.cacheFolder(process.env);
    // Node 22 and later cache what they compile themselves too.
    nodeModule.enableCompileCache?.(join(folder, 'compiled'));
  } catch {
    // No cache folder: compile every time.
  }
}

/** Scripts compiled without a usable cache, to keep once the command has succeeded. */
const fresh = [];

/**
 * A cache file is the key, the CRC-32 of the compiled code (4 bytes), then the code. V8
 * checks the code's version and length but not its bytes, so a damaged file is caught here.
 */
const checksumOf = (data) => {
  const sum = Buffer.alloc(CHECKSUM);
  sum.writeUInt32BE(require('node:zlib').crc32(data));
  return sum;
};
const CHECKSUM = 4;

/** Run a CommonJS file from its source, compiled with the cached code `code-<name>.bin` when it fits. */
function run(file, text, name) {
  const cachePath = folder && join(folder, `code-${name}.bin`);
  let cached;
  try {
    const data = cachePath && files.readRegularFile(cachePath);
    if (data && key.equals(data.subarray(0, key.length))) {
      const code = data.subarray(key.length + CHECKSUM);
      if (checksumOf(code).equals(data.subarray(key.length, key.length + CHECKSUM))) cached = code;
    }
  } catch {
    // Unreadable, or no zlib.crc32 (Node before 20.15): compile afresh.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${text}\n})`, { filename: file, cachedData: cached });
  if (cachePath && (!cached || script.cachedDataRejected)) fresh.push({ cachePath, script });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, bundleRequire, module, file, dirname(file));
  return module.exports;
}

const vendors = new Map();
/** The bundle's require: its vendor libraries through the code cache, anything else as Node requires it. */
function bundleRequire(id) {
  if (!id.startsWith('./vendor/')) return nodeRequire(id);
  if (!vendors.has(id)) {
    const file = join(dist, id);
    vendors.set(id, run(file, readFileSync(file, 'utf8'), `vendor-${basename(id, '.cjs')}`));
  }
  return vendors.get(id);
}

/** The commands worth a cache of their own; the rest share one. */
const command = /^(plan|today|checkin|history|log|export|import|init)$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';

run(main, source, command)
  .main(process.argv)
  .then(() => {
    // After a command that did its work, keep what V8 compiled (the functions it ran too):
    // not after an error or a help page, which run little of it.
    if (process.exitCode || process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h' || arg === 'help')) return;
    for (const { cachePath, script } of fresh) {
      const code = script.createCachedData();
      try {
        // Replaced whole, never written through a link; not flushed: a torn file fails its CRC.
        files.writeFileAtomic(cachePath, Buffer.concat([key, checksumOf(code), code]), { replaceLink: true, flush: false });
      } catch {
        // A cache that cannot be written only makes the next start slower.
      }
    }
  });
