import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function holderIsGone(lockPath: string, staleMs: number): boolean {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8'));
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 0);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
      }
    }
    return Date.now() - statSync(lockPath).mtimeMs > staleMs;
  } catch {
    return false; // it vanished or is being written: just try again
  }
}

/**
 * Run `work` while holding `lockPath`, a file created exclusively. Another process
 * waits for it; a lock left by a process that died is taken over.
 */
export async function withLock<T>(lockPath: string, work: () => T | Promise<T>, { waitMs = 5000, staleMs = 30_000 } = {}): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderIsGone(lockPath, staleMs)) {
        rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new UserError(`another durable is writing the log (lock ${lockPath}); try again in a moment`, {}, 1);
      await sleep(20 + Math.random() * 30);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}
