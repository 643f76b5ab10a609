import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { spikeWarning } from '../../engine/adapt/index.js';
import { addDays, mondayOf } from '../../engine/load.js';
import { planWeeks } from '../../engine/planWeeks.js';
import { UserError } from '../../errors.js';
import { describeFileError, displayPath } from '../../files/read.js';
import { FileProblem, type DatedActivity } from '../../import/activity.js';
import { activitiesInFile, formatOf } from '../../import/files.js';
import { mergeDay, sortActivities, type DayAnswers, type DayPlan, type ImportDay } from '../../import/merge.js';
import type { ActivitySport, PainSite } from '../../schema/constants.js';
import type { CheckIn, ImportedActivity } from '../../schema/log.js';
import type { Week } from '../../schema/plan.js';
import { readLog, saveCheckIns } from '../../store/logStore.js';
import { homePath } from '../../store/paths.js';
import { dayStart, now } from '../clock.js';
import { loadContext, type Context, type GlobalOptions } from '../context.js';
import { print, printJson, say } from '../io.js';
import { terminalPrompter, type Prompter } from '../prompts.js';
import { distanceText } from '../render/figures.js';
import { dim, heading, warn } from '../render/style.js';
import { fitText } from '../render/text.js';
import { outputColumns } from '../render/width.js';
import { planningProfile } from '../trainingPlan.js';
import { askPain } from './checkin.js';

export interface ImportOptions {
  dryRun?: boolean;
  rpe?: number;
  pain?: Partial<Record<PainSite, number>>;
  surface?: string;
  sport?: ActivitySport;
  json?: boolean;
}

/** An activity file is never anywhere near this; a bigger one is refused rather than read. */
const MAX_ACTIVITY_FILE_BYTES = 64 << 20;
/** More new days than this: the runner is asked first whether to answer for each one. */
const ASK_EACH_UP_TO = 14;
/** A progress bar for folders of at least this many files, on a terminal. */
const PROGRESS_FROM = 20;

interface Found {
  /** Activity files, by path. */
  files: string[];
  /** Other files in the folders, skipped. */
  others: number;
  problems: Problem[];
}

interface Problem {
  file: string;
  problem: string;
}

/** The activity files named, and those in the folders named, walked to the bottom, in name order. */
function findFiles(paths: readonly string[]): Found {
  const found: Found = { files: [], others: 0, problems: [] };
  for (const path of paths) {
    const full = resolve(path);
    let isFolder: boolean;
    try {
      isFolder = statSync(full).isDirectory();
    } catch (error) {
      found.problems.push({ file: displayPath(full), problem: describeFileError(error) });
      continue;
    }
    if (!isFolder) {
      found.files.push(full);
      continue;
    }
    try {
      const entries = readdirSync(full, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      for (const entry of entries) {
        const file = join(entry.parentPath, entry.name);
        if (formatOf(entry.name)) found.files.push(file);
        else found.others++;
      }
    } catch (error) {
      found.problems.push({ file: displayPath(full), problem: `cannot read this folder: ${describeFileError(error)}` });
    }
  }
  found.files = [...new Set(found.files)].sort();
  return found;
}

/** "[#####-----] 120/1000 files" on one line of a terminal, redrawn in place. */
function progressBar(total: number): (done: number) => void {
  if (!process.stderr.isTTY || total < PROGRESS_FROM) return () => {};
  const width = 30;
  return (done) => {
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files${done === total ? '\n' : ''}`);
  };
}

interface Read {
  activities: DatedActivity[];
  /** Reasons sessions or files were skipped, with how many. */
  skipped: Map<string, number>;
  problems: Problem[];
  files: number;
}

function readFiles(found: Found, zone: string, nowMs: number, sport: ActivitySport | undefined): Read {
  const read: Read = { activities: [], skipped: new Map(), problems: [...found.problems], files: found.files.length };
  const skip = (reason: string, count = 1) => count && read.skipped.set(reason, (read.skipped.get(reason) ?? 0) + count);
  skip('not a FIT, GPX or TCX file', found.others);
  const progress = progressBar(found.files.length);
  found.files.forEach((file, i) => {
    try {
      if (statSync(file).size > MAX_ACTIVITY_FILE_BYTES) throw new FileProblem(`is over ${MAX_ACTIVITY_FILE_BYTES >> 20} MB, too big for an activity file`);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new FileProblem(`cannot be read: ${describeFileError(error)}`);
      }
      const { activities, skipped } = activitiesInFile(file, bytes, { zone, now: nowMs, sport });
      read.activities.push(...activities);
      for (const reason of skipped) skip(reason);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      read.problems.push({ file: displayPath(file), problem: error.message });
    }
    progress(i + 1);
  });
  return read;
}

/** The plan's session and surface for each day, where the plan covers it (from the profile's start), week by week. */
function planLookup(ctx: Context, zone: string): (date: string) => DayPlan {
  const profile = planningProfile(ctx);
  const weeks = new Map<string, Week | undefined>();
  return (date) => {
    if (!profile.startDate || date < mondayOf(profile.startDate)) return {};
    const monday = mondayOf(date);
    if (!weeks.has(monday)) weeks.set(monday, planWeeks({ profile, dataset: ctx.dataset, start: dayStart(monday, zone), weeks: 1 }).weeks[0]);
    const day = weeks.get(monday)?.days.find((d) => d.date === date);
    if (!day) return {};
    return { planned: day.type, ...(day.type === 'run' ? { surface: day.surface } : {}) };
  };
}

function activityText(a: ImportedActivity, ctx: Context): string {
  return [`${a.sport}${a.subSport ? ` (${a.subSport})` : ''} ${a.minutes} min`, distanceText(a.distanceMetres, ctx.profile.units), a.heartRate ? `HR ${a.heartRate}` : ''].filter(Boolean).join(', ');
}

const dayName = (date: string) => DateTime.fromISO(date).toFormat('ccc d LLL yyyy');

/** Effort and pain for the new days: from the flags for all, asked on a terminal, or not recorded. */
async function answersFor(days: readonly ImportDay[], options: ImportOptions, ctx: Context, prompter: Prompter | undefined): Promise<Map<string, DayAnswers>> {
  const answers = new Map<string, DayAnswers>();
  const fresh = days.filter((d) => !d.existing);
  const fromFlags: DayAnswers = { ...(options.rpe === undefined ? {} : { rpe: options.rpe }), ...(options.pain === undefined ? {} : { pain: options.pain }) };
  const canAsk = options.rpe === undefined && options.pain === undefined && !options.json && !options.dryRun && (prompter !== undefined || process.stdin.isTTY === true);
  if (!canAsk || !fresh.length) {
    for (const day of fresh) answers.set(day.date, fromFlags);
    return answers;
  }
  const ask = prompter ?? (await terminalPrompter());
  if (fresh.length > ASK_EACH_UP_TO) {
    const each = await ask.confirm({ message: `${fresh.length} new days. Answer effort and pain for each? (no: they are kept as not recorded)`, default: false });
    if (!each) {
      for (const day of fresh) answers.set(day.date, {});
      return answers;
    }
  }
  for (const day of fresh) {
    print(`\n${heading(dayName(day.date))}: ${day.added.map((a) => activityText(a, ctx)).join('; ')}`);
    const rpe = await ask.number({ message: 'Effort, 0 (rest) to 10 (all out)', min: 0, max: 10 });
    answers.set(day.date, { rpe, pain: await askPain(ask) });
  }
  return answers;
}

interface Outcome {
  /** The check-ins added or changed, in date order. */
  checkIns: CheckIn[];
  created: number;
  updated: number;
  activities: number;
  already: number;
}

export async function runImport(paths: string[], options: ImportOptions, global: GlobalOptions, prompter?: Prompter): Promise<void> {
  const ctx = await loadContext(global);
  const zone = ctx.profile.timezone ?? now().zoneName ?? 'UTC';
  const today = now(zone);
  if (options.surface !== undefined && !ctx.dataset.surfaces.some((s) => s.id === options.surface)) {
    throw new UserError(`unknown surface "${options.surface}"; known surfaces: ${ctx.dataset.surfaces.map((s) => s.id).join(', ')}`);
  }
  const read = readFiles(findFiles(paths), zone, today.toMillis(), options.sport);
  const log = await readLog(ctx.paths.log);
  const sorted = sortActivities(log.checkins, read.activities);
  if (!sorted.days.length && !sorted.already) {
    // Nothing to import: each problem on its own line, the last one as the error.
    const last = read.problems.pop();
    for (const p of read.problems) say(`durable: ${p.file}: ${p.problem}`);
    if (last) throw new UserError(`${last.problem}; nothing was imported`, { file: last.file });
    const why = [...read.skipped].map(([reason, count]) => `${count} skipped: ${reason}`).join('; ');
    throw new UserError(`no activity to import in ${paths.join(', ')}${why ? ` (${why})` : ''}; the log was not changed`);
  }
  for (const p of read.problems) say(`durable: ${p.file}: ${p.problem}; not imported`);

  const answers = await answersFor(sorted.days, options, ctx, prompter);
  const plan = planLookup(ctx, zone);
  const recordedAt = today.toISO({ suppressMilliseconds: true })!;
  const knownSurfaces = ctx.dataset.surfaces.map((s) => s.id);
  const merge = (checkIns: readonly CheckIn[]): Outcome => {
    const { days, already } = sortActivities(checkIns, read.activities);
    const merged = days.map((day) => mergeDay(day, { answers: answers.get(day.date) ?? {}, plan: plan(day.date), surface: options.surface, knownSurfaces, recordedAt }));
    const created = days.filter((d) => !d.existing).length;
    return { checkIns: merged, created, updated: days.length - created, activities: days.reduce((n, d) => n + d.added.length, 0), already };
  };
  const outcome = options.dryRun
    ? merge(log.checkins)
    : await saveCheckIns(ctx.paths.log, (fresh) => {
        const merged = merge(fresh.checkins);
        return { checkIns: merged.checkIns, result: merged };
      });
  report(outcome, read, log.checkins, options, ctx, today.toISODate()!);
}

function report(outcome: Outcome, read: Read, before: readonly CheckIn[], options: ImportOptions, ctx: Context, today: string): void {
  const skipped = [...read.skipped].map(([reason, count]) => ({ reason, count }));
  // Spike warnings for the last week's runs: older ones are history, not advice.
  const warnings = outcome.checkIns
    .filter((c) => c.date > addDays(today, -7))
    .map((c) => spikeWarning(before, c, ctx.dataset.rules))
    .filter((w): w is string => w !== undefined);
  if (options.json) {
    printJson({
      dryRun: options.dryRun ?? false,
      files: read.files,
      imported: { activities: outcome.activities, newCheckIns: outcome.created, updatedCheckIns: outcome.updated },
      alreadyInLog: outcome.already,
      skipped,
      problems: read.problems,
      checkIns: outcome.checkIns,
      warnings,
    });
    return;
  }
  const columns = outputColumns();
  const beforeByDate = new Map(before.map((c) => [c.date, c]));
  for (const c of outcome.checkIns) {
    const old = beforeByDate.get(c.date);
    const added = (c.activities ?? []).filter((a) => !old?.activities?.some((o) => o.id === a.id));
    print(fitText(`${dayName(c.date)}: ${old ? 'added to your check-in' : 'new check-in'}: ${added.map((a) => activityText(a, ctx)).join('; ')}`, columns));
  }
  const verb = options.dryRun ? 'Would import' : 'Imported';
  const summary = [
    outcome.activities
      ? `${verb} ${outcome.activities} ${outcome.activities === 1 ? 'activity' : 'activities'} (${outcome.created} new check-ins, ${outcome.updated} updated)`
      : 'Nothing new',
    `${outcome.already} already in the log`,
    ...skipped.map((s) => `${s.count} skipped: ${s.reason}`),
    ...(read.problems.length ? [`${read.problems.length} not readable (above)`] : []),
  ].join('; ');
  print(fitText(`${summary}.`, columns));
  if (options.dryRun) print(fitText(dim('Dry run: the log was not changed.'), columns));
  else if (outcome.checkIns.length) print(fitText(dim(`Saved to ${homePath(ctx.paths.log)}.`), columns));
  const unrecorded = outcome.checkIns.filter((c) => c.notRecorded?.length).length;
  if (unrecorded) print(fitText(dim(`Effort or pain not recorded on ${unrecorded} day${unrecorded === 1 ? '' : 's'}: the plan does not read them as pain-free. \`durable checkin --date YYYY-MM-DD --replace\` records them.`), columns));
  for (const warning of warnings) print(fitText(warn(warning), columns));
}
