import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replace a file so that readers (and a crash at any moment) see either the old or the
 * new content, never a mix: write a temp file beside it, flush it to disk, rename it
 * over the target, then flush the folder so the rename itself survives a power cut.
 */
export function writeFileAtomic(path: string, content: string, { createFolder = true } = {}): void {
  const dir = dirname(path);
  if (createFolder) mkdirSync(dir, { recursive: true });
  // Unique enough with the pid; 'wx' refuses to open a name that exists, so nothing is clobbered.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dir);
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) cannot open a folder; the rename is still atomic there.
  }
}
