import Table from 'cli-table3';
import chalk from 'chalk';
import { DateTime } from 'luxon';
import { summariseHistory, type WeekHistory } from '../../engine/history.js';
import { JOINTS } from '../../schema/constants.js';
import { readLog } from '../../store/logStore.js';
import { now } from '../clock.js';
import { loadContext, type GlobalOptions } from '../context.js';
import { print, printJson } from '../io.js';
import { bar, sparkline } from '../render/sparkline.js';
import { dim, heading, JOINT_WORDS } from '../render/style.js';

export interface HistoryOptions {
  weeks: number;
  json?: boolean;
}

function ratioText(ratio: number | null, high: number, low: number): string {
  if (ratio === null) return dim('–');
  const text = ratio.toFixed(2);
  return ratio > high ? chalk.yellow(`${text} ↑`) : ratio < low ? chalk.cyan(`${text} ↓`) : text;
}

function painText(value: number): string {
  if (value === 0) return dim('0');
  return value > 5 ? chalk.red(String(value)) : value > 2 ? chalk.yellow(String(value)) : String(value);
}

export async function runHistory(options: HistoryOptions, global: GlobalOptions): Promise<void> {
  const ctx = await loadContext(global);
  const log = await readLog(ctx.paths.log);
  const today = now(ctx.profile.timezone);
  const weeks: WeekHistory[] = summariseHistory(log.checkins, ctx.profile, ctx.dataset, today.startOf('week').toISODate()!, options.weeks, today.toISODate()!);
  if (options.json) {
    printJson({ weeks });
    return;
  }
  if (!log.checkins.length) {
    print('No check-ins yet. After a session, `durable checkin` records how it went and how your joints feel.');
    return;
  }
  const { high, low } = ctx.dataset.rules.adaptation.load;
  const maxLoad = Math.max(...weeks.map((w) => w.load));
  const table = new Table({
    head: ['Week of', 'Sessions', 'Run min', 'Load', '', 'Load ratio', ...JOINTS.map((j) => JOINT_WORDS[j])].map((h) => heading(h)),
    style: { head: [], border: [] },
  });
  for (const w of weeks) {
    const sessions = `${w.done + w.partly}/${w.planned}${w.partly ? dim(` (${w.partly} partly)`) : ''}`;
    table.push([DateTime.fromISO(w.start).toFormat('d LLL yy'), sessions, String(w.runMinutes), String(w.load), bar(w.load, maxLoad), ratioText(w.ratio, high, low), ...JOINTS.map((j) => painText(w.pain[j]))]);
  }
  print(table.toString());
  print(`${heading('Load')}   ${sparkline(weeks.map((w) => w.load))}`);
  for (const j of JOINTS) print(`${heading(JOINT_WORDS[j].padEnd(6))} ${sparkline(weeks.map((w) => w.pain[j]), 10)}  ${dim('worst pain, 0-10')}`);
  print(dim(`Load = effort (0-10) x minutes. Load ratio = last 7 days against the 28-day average; outside ${low}-${high} is a warning sign, not a verdict.`));
}
