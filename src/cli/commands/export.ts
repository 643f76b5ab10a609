import { IANAZone } from 'luxon';
import { resolve } from 'node:path';
import { describeFileError, displayPath } from '../../files/read.js';
import { UserError } from '../../errors.js';
import { exportedDays, planToICalendar } from '../../export/ical.js';
import { writeFileAtomic } from '../../files/atomicWrite.js';
import { readExportedDates, recordExportedDates } from '../../store/exportRecord.js';
import { dayStart, now } from '../clock.js';
import { loadContext, type GlobalOptions } from '../context.js';
import { say } from '../io.js';
import type { ProfileFlags } from '../profileOptions.js';
import { trainingPlan } from '../trainingPlan.js';

export interface ExportOptions extends ProfileFlags {
  out?: string;
  start?: string;
  weeks: number;
  includeRest?: boolean;
  allDay?: boolean;
  prefix?: string;
  alarm?: number;
}

export async function runExport(options: ExportOptions, global: GlobalOptions): Promise<void> {
  if (options.tz !== undefined && !IANAZone.isValidZone(options.tz)) {
    throw new UserError(`unknown time zone "${options.tz}"; use an IANA name such as Europe/Berlin or America/New_York`);
  }
  const ctx = await loadContext(global, options);
  const zone = ctx.profile.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = now(zone);
  const start = options.start ? dayStart(options.start, zone) : today.startOf('week');
  const { plan } = await trainingPlan(ctx, start, options.weeks, today.toISODate()!);
  const includeRest = options.includeRest ?? false;
  const range = plan.weeks.flatMap((w) => w.days.map((d) => d.date));
  const withEvent = exportedDays(plan, includeRest).map((d) => d.date);
  const exportedBefore = readExportedDates(ctx.paths.exports);
  const cancelled = range.filter((date) => exportedBefore.has(date) && !withEvent.includes(date));
  const text = planToICalendar({
    plan,
    dataset: ctx.dataset,
    zone,
    time: ctx.profile.trainingTime ?? '07:00',
    allDay: options.allDay ?? false,
    includeRest,
    prefix: options.prefix,
    stamp: today,
    cancelled,
    alarmMinutes: options.alarm,
  });
  const remember = () => {
    try {
      recordExportedDates(ctx.paths.exports, exportedBefore, range, withEvent);
    } catch (error) {
      say(`Note: could not record which days were exported (${(error as NodeJS.ErrnoException).code ?? String(error)}); a later export may not cancel days that stop being training days.`);
    }
  };
  if (!options.out || options.out === '-') {
    process.stdout.write(text);
    remember();
    return;
  }
  const path = resolve(options.out);
  // A regular file (or a link to one), or a new file in a folder that exists: never a
  // device, a folder or a dangling link, and a symlinked calendar stays a link.
  try {
    writeFileAtomic(path, text, { createFolder: false, mode: 0o644 });
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`--out: ${error.message}`, error.where);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : describeFileError(error);
    throw new UserError(`${why}; nothing was written`, { file: displayPath(path) });
  }
  remember();
  const events = withEvent.length;
  const cancelledText = cancelled.length ? `, and ${cancelled.length} cancelled day${cancelled.length === 1 ? '' : 's'} that an earlier export had` : '';
  say(`Wrote ${events} event${events === 1 ? '' : 's'}${cancelledText} (${plan.weeks.length} week${plan.weeks.length === 1 ? '' : 's'} from ${plan.weeks[0]!.start}) to ${displayPath(path)}.`);
}
