import { checkInsPerWeek, historyLog, summariseHistory } from '../../engine/history.js';
import { daysBetween, fromDayNumber, mondayOf } from '../../engine/load.js';
import { phaseOfWeek } from '../../engine/race.js';
import { readLogAs } from '../../store/logStore.js';
import { now } from '../clock.js';
import { loadContext, type GlobalOptions } from '../context.js';
import { print, printJson } from '../io.js';
import type { HistoryWeek } from '../render/history.js';
import { outputColumns } from '../render/width.js';

export interface HistoryOptions {
  weeks?: number;
  json?: boolean;
}

const MAX_WEEKS = 520;
/** Without --weeks, the table shows half a year; --json and --weeks give more. */
const TABLE_WEEKS = 26;

export async function runHistory(options: HistoryOptions, global: GlobalOptions): Promise<void> {
  const ctx = await loadContext(global);
  // Each check-in as the few numbers the history needs, kept in the cache for this text of the log.
  const log = await readLogAs(ctx.paths.log, 'history', (l) => historyLog(l.checkins));
  const zone = ctx.profile.timezone;
  const today = now(zone);
  const thisWeek = today.startOf('week').toISODate()!;
  // From the first check-in or the profile's start, whichever is earlier; never weeks before either.
  const firstCheckIn = log.day.length ? fromDayNumber(log.day[0]!) : undefined;
  const began = [firstCheckIn, ctx.profile.startDate, thisWeek].filter((d): d is string => d !== undefined).sort()[0]!;
  const since = daysBetween(mondayOf(began), thisWeek) / 7 + 1;
  const shortened = !options.json && options.weeks === undefined && since > TABLE_WEEKS;
  const count = Math.min(since, options.weeks ?? (options.json ? MAX_WEEKS : TABLE_WEEKS), MAX_WEEKS);
  const summary = summariseHistory(log, ctx.profile, ctx.dataset, thisWeek, count, today.toISODate()!);
  const checkIns = checkInsPerWeek(log, summary[0]?.start ?? thisWeek, count);
  const race = ctx.profile.race;
  // The summary's own objects, with the phase and the count added (520 copies cost more than the rest of --json).
  const weeks: HistoryWeek[] = summary.map((w, i) => Object.assign(w, race ? { phase: phaseOfWeek(race, w.start, ctx.dataset.rules) } : {}, { checkIns: checkIns[i]! }));
  if (options.json) {
    printJson({ weeks });
    return;
  }
  // The tables, and the text measuring and wrapping under them, are loaded only to be drawn: --json never needs them.
  const [{ renderHistory }, { NO_CHECK_INS }, { fitText }] = await Promise.all([import('../render/history.js'), import('../render/log.js'), import('../render/text.js')]);
  const columns = outputColumns();
  if (!log.day.length) {
    print(fitText(NO_CHECK_INS, columns));
    return;
  }
  print(renderHistory(weeks, ctx.dataset.rules.adaptation.load, columns, ctx.profile.units));
  if (shortened) {
    const all = Math.min(since, MAX_WEEKS);
    print(fitText(`The last ${TABLE_WEEKS} of your ${all} weeks; \`durable history --weeks ${all}\` shows them all.`, columns));
  }
}
