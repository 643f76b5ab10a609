import * as fs from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { writeAll, isRunning } from './atomicWrite.js';
import { describeFileError, displayPath } from './read.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LockOptions {
  /**
   * How long to wait for one holder before giving up. The clock restarts whenever the
   * lock changes hands, so twenty waiters queued behind each other all get their turn
   * however slow each turn is; only a holder that makes no progress for this long ends
   * the wait.
   */
  patienceMs?: number;
  /**
   * Called between looking at the folder and claiming the next turn: lets a test hold a
   * waiter at its most delicate moment while other processes move on.
   */
  beforeClaim?: () => void | Promise<void>;
}

/**
 * The lock is a folder of numbered turns. Taking the lock is creating the next turn's
 * file, `<n+1>`, which the file system lets exactly one process do (an exclusive link).
 * Turn n+1 may be taken once turn n is over: its holder wrote `<n>.done`, or died (its
 * process is gone, or its id now names a process that started later). Being over never
 * stops being true, and a turn never goes back, so there is no moment at which two
 * processes could both believe they hold the lock, including when a holder dies and many
 * waiters rush to take over. Old turns are removed by later holders; the folder is never
 * empty once used.
 */
export async function withLock<T>(lockPath: string, work: () => T | Promise<T>, { patienceMs = 60_000, beforeClaim }: LockOptions = {}): Promise<T> {
  const turn = await takeTurn(lockPath, patienceMs, beforeClaim);
  try {
    return await work();
  } finally {
    endTurn(lockPath, turn);
  }
}

interface TurnState {
  /** The newest turn, 0 when the folder is empty. */
  turn: number;
  over: boolean;
  /** The process holding it, when it is not over. */
  pid?: number;
}

/**
 * When a process started, on systems that say (Linux: /proc/<pid>/stat, clock ticks since
 * boot), so that a process id the system has since given to another program is not taken
 * for the holder that died. Undefined elsewhere, where the process id alone must do.
 */
export function startOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: count fields after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether the process a holder file names still runs: the same id and the same start. */
function holderRuns(text: string): { pid: number; running: boolean } {
  const [pidText = '', start = ''] = text.split('\n');
  const pid = Number(pidText);
  if (!(Number.isInteger(pid) && pid > 0) || !isRunning(pid)) return { pid, running: false };
  const now = start ? startOf(pid) : undefined;
  return { pid, running: now === undefined || now === start };
}

function lockError(lockPath: string, error: unknown): UserError {
  return new UserError(`cannot take the lock: ${describeFileError(error)}; nothing was changed`, { file: displayPath(lockPath) });
}

function openFolder(lockPath: string): void {
  try {
    fs.mkdirSync(lockPath, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw lockError(lockPath, error);
  }
  const stat = fs.statSync(lockPath);
  if (!stat.isDirectory() && leftByEarlierVersion(lockPath, stat)) {
    fs.rmSync(lockPath, { force: true });
    openFolder(lockPath);
    return;
  }
  if (!stat.isDirectory()) {
    throw new UserError("is in the way of durable's lock folder; if no durable is running, remove it and try again", { file: displayPath(lockPath) });
  }
}

/**
 * Earlier versions locked with a small file holding a process id. One left behind by a
 * durable that was killed is no one's lock now; one whose process still runs is, and is
 * waited for like any holder (the caller sees it still in the way and says so).
 */
function leftByEarlierVersion(lockPath: string, stat: fs.Stats): boolean {
  if (!stat.isFile() || stat.size > 24) return false;
  let text: string;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
  } catch {
    return false;
  }
  return /^\d+$/.test(text) && !isRunning(Number(text));
}

function newestTurnNumber(lockPath: string, names: readonly string[] = fs.readdirSync(lockPath)): number {
  let turn = 0;
  for (const name of names) if (/^\d+$/.test(name)) turn = Math.max(turn, Number(name));
  return turn;
}

function newestTurn(lockPath: string): TurnState {
  const names = fs.readdirSync(lockPath);
  const turn = newestTurnNumber(lockPath, names);
  if (turn === 0) return { turn, over: true };
  if (names.includes(`${turn}.done`)) return { turn, over: true };
  let text: string;
  try {
    text = fs.readFileSync(join(lockPath, String(turn)), 'utf8');
  } catch {
    return { turn, over: false }; // removed by a newer holder just now: look again
  }
  const { pid, running } = holderRuns(text);
  return { turn, over: !running, pid };
}

async function takeTurn(lockPath: string, patienceMs: number, beforeClaim?: () => void | Promise<void>): Promise<number> {
  openFolder(lockPath);
  // The holder's file is written in full under a private name, then linked into place:
  // no one ever sees a turn without its process id.
  const mine = join(lockPath, `.holder.${process.pid}.${Math.random().toString(36).slice(2, 10)}`);
  try {
    const fd = fs.openSync(mine, 'wx', 0o600);
    try {
      writeAll(fd, Buffer.from(`${process.pid}\n${startOf(process.pid) ?? ''}\n`));
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    fs.rmSync(mine, { force: true });
    throw lockError(lockPath, error);
  }
  try {
    let waitingFor = -1;
    let since = Date.now();
    for (;;) {
      const state = newestTurn(lockPath);
      if (state.over) {
        await beforeClaim?.();
        try {
          fs.linkSync(mine, join(lockPath, String(state.turn + 1)));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue; // another waiter took it first
          throw lockError(lockPath, error);
        }
        // A waiter slow between looking and linking may have re-created a turn number that
        // later holders already used and cleared away: a newer turn in the folder says so.
        if (newestTurnNumber(lockPath) > state.turn + 1) {
          fs.rmSync(join(lockPath, String(state.turn + 1)), { force: true });
          continue;
        }
        removeOldTurns(lockPath, state.turn + 1);
        return state.turn + 1;
      }
      if (state.turn !== waitingFor) {
        waitingFor = state.turn;
        since = Date.now();
      } else if (Date.now() - since > patienceMs) {
        throw new UserError(
          `another durable (process ${state.pid ?? '?'}) has held the lock for over ${Math.round(patienceMs / 1000)} s; try again, or remove the folder if no durable is running`,
          { file: displayPath(lockPath) },
        );
      }
      await sleep(5 + Math.random() * 20);
    }
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

/**
 * Turns before the previous one, and holder files of processes that are gone. The two
 * newest turns stay, so that a waiter listing the folder while it changes always sees one.
 */
function removeOldTurns(lockPath: string, current: number): void {
  for (const name of fs.readdirSync(lockPath)) {
    const turn = /^(\d+)(\.done)?$/.exec(name)?.[1];
    const holder = /^\.holder\.(\d+)\./.exec(name)?.[1];
    if ((turn && Number(turn) < current - 1) || (holder && !isRunning(Number(holder)))) fs.rmSync(join(lockPath, name), { force: true });
  }
}

/**
 * Mark the turn over. Should even that fail (a full disk), the turn ends anyway when
 * this process exits: the next waiter sees its holder gone.
 */
function endTurn(lockPath: string, turn: number): void {
  try {
    fs.closeSync(fs.openSync(join(lockPath, `${turn}.done`), 'wx', 0o600));
  } catch {
    // See above: the process's exit ends the turn.
  }
}
