import { DISCLAIMER } from '../../disclaimer.js';
import { spikeWarning } from '../../engine/adapt/index.js';
import { adaptedPlan } from '../../engine/adaptedPlan.js';
import { addDays } from '../../engine/load.js';
import { sessionMinutes } from '../../engine/runSession.js';
import { UserError } from '../../errors.js';
import { PAIN_SITES, type CheckInStatus, type PainSite } from '../../schema/constants.js';
import type { CheckIn } from '../../schema/log.js';
import type { Day } from '../../schema/plan.js';
import { saveCheckIn, setSettledNextMorning } from '../../store/logStore.js';
import { homePath } from '../../store/paths.js';
import { dayStart, now } from '../clock.js';
import { loadContext, type Context, type GlobalOptions } from '../context.js';
import { print, printJson } from '../io.js';
import { askYesNo, requireTerminal, terminalPrompter, type Prompter } from '../prompts.js';
import { renderDay } from '../render/dayView.js';
import { dim, heading, warn } from '../render/style.js';
import { fitText } from '../render/text.js';
import { outputColumns } from '../render/width.js';
import { planningProfile, trainingPlan } from '../trainingPlan.js';

export interface CheckInOptions {
  date?: string;
  status?: CheckInStatus;
  minutes?: number;
  rpe?: number;
  surface?: string;
  pain?: Partial<Record<PainSite, number>>;
  settled?: boolean;
  note?: string;
  replace?: boolean;
  json?: boolean;
}

export type Answers = Pick<CheckIn, 'status' | 'minutes' | 'rpe' | 'surface' | 'pain' | 'settled' | 'note'>;

interface Situation {
  day: Day;
  /** The previous day's check-in, if any: whether to ask about its pain settling. */
  previous: CheckIn | undefined;
  ctx: Context;
}

/** `knee-left` as `knee (left)`. */
const siteName = (site: PainSite) => site.replace('-', ' (') + ')';

type PainRules = Context['dataset']['rules']['adaptation']['pain'];
/** The sites where a check-in reported pain in the acceptable band (3-5/10): only there does settling by morning matter. */
const acceptablePain = (c: CheckIn | undefined, { safeMax, acceptableMax }: PainRules): PainSite[] =>
  PAIN_SITES.filter((site) => (c?.pain[site] ?? 0) > safeMax && (c?.pain[site] ?? 0) <= acceptableMax);
/** Pain above the safe level, in any joint: what a "settled" answer can be about. */
const soreAfter = (c: CheckIn | undefined, { safeMax }: PainRules): boolean => Object.values(c?.pain ?? {}).some((v) => v > safeMax);

/** "knee (left) 4/10 and hip (right) 3/10". */
function painList(c: CheckIn, sites: readonly PainSite[]): string {
  const sore = sites.map((site) => `${siteName(site)} ${c.pain[site]}/10`);
  return sore.length > 1 ? `${sore.slice(0, -1).join(', ')} and ${sore.at(-1)}` : sore[0]!;
}

/** "Yesterday's pain: knee (left) 4/10. Had it settled by this morning?", naming every joint at 3-5/10. */
export function settledQuestion(previous: CheckIn, sites: readonly PainSite[]): string {
  return `Yesterday's pain: ${painList(previous, sites)}. Had it settled by this morning? (yes/no)`;
}

/** Which joints hurt, and how much: pain levels only for joints that hurt. */
export async function askPain(ask: Prompter): Promise<Answers['pain']> {
  const sore = await ask.checkbox<PainSite>({
    message: 'Did any joint hurt? (space to pick, enter when done; none is fine)',
    choices: PAIN_SITES.map((site) => ({ name: siteName(site), value: site })),
  });
  const pain: Answers['pain'] = {};
  // No defaults here: Enter alone must never record pain, or that it settled, for the runner.
  for (const site of sore) pain[site] = await ask.number({ message: `${siteName(site)} pain, 0-10`, min: 0, max: 10 });
  return pain;
}

/** The check-in questions, asking only what matters: pain levels only for joints that hurt. */
export async function askCheckIn(ask: Prompter, { day, previous, ctx }: Situation): Promise<Answers> {
  const status = await ask.select<CheckInStatus>({
    message: 'How did it go?',
    choices: [
      { name: 'Done', value: 'done' },
      { name: 'Partly done', value: 'partly' },
      { name: 'Skipped', value: 'skipped' },
    ],
    default: 'done',
  });
  let minutes = 0;
  let rpe = 0;
  let surface: string | undefined;
  if (status !== 'skipped') {
    minutes = await ask.number({ message: 'Minutes, warm-up and cool-down included', min: 1, max: 600, default: sessionMinutes(day) || 30 });
    rpe = await ask.number({ message: 'Effort, 0 (rest) to 10 (all out)', min: 0, max: 10, default: day.hard ? 7 : 4 });
    if (day.type === 'run') {
      surface = await ask.select({
        message: 'Surface you ran on',
        choices: ctx.dataset.surfaces.filter((s) => ctx.profile.surfaces.includes(s.id) || s.id === day.surface).map((s) => ({ name: s.name, value: s.id })),
        default: day.surface,
      });
    }
  }
  const pain = await askPain(ask);
  // Settling only matters for pain of 3-5/10: 0-2 is safe, above 5 is too much either way.
  const sites = acceptablePain(previous, ctx.dataset.rules.adaptation.pain);
  // Not asked twice: the runner may have told it already that morning (`checkin --settled`).
  const settled = previous && sites.length && previous.settledNextMorning === undefined ? await askYesNo(ask, settledQuestion(previous, sites)) : undefined;
  const note = (await ask.input({ message: 'A note (optional)' })).trim();
  return { status, minutes, rpe, surface, pain, settled, note: note || undefined };
}

/** The same answers from flags, for scripts. */
export function answersFromFlags(options: CheckInOptions, { day, before, ctx }: Situation & { before: CheckIn | undefined }): Answers {
  const status = options.status!;
  if (options.settled !== undefined && !(before && soreAfter(before, ctx.dataset.rules.adaptation.pain) && before.date >= addDays(day.date, -2))) {
    const { safeMax } = ctx.dataset.rules.adaptation.pain;
    throw new UserError(
      `--settled says whether the previous day's pain above ${safeMax}/10 had settled by the morning of ${day.date}, and there was none; to say that pain from ${day.date} settled, run \`durable checkin --date ${day.date} --settled yes|no\` the morning after`,
    );
  }
  if (status === 'skipped') {
    return { status, minutes: options.minutes ?? 0, rpe: options.rpe ?? 0, pain: options.pain ?? {}, settled: options.settled, note: options.note };
  }
  if (options.rpe === undefined) throw new UserError(`--rpe (effort 0-10) is needed with --status ${status}`);
  const minutes = options.minutes ?? (status === 'done' ? sessionMinutes(day) : undefined);
  if (minutes === undefined) throw new UserError('--minutes is needed with --status partly');
  const surface = options.surface ?? (day.type === 'run' ? day.surface : undefined);
  return { status, minutes, rpe: options.rpe, surface, pain: options.pain ?? {}, settled: options.settled, note: options.note };
}

/**
 * Yesterday's pain of 3-5/10 with no word on whether it settled by morning: the plan reads
 * it as settled (acceptable pain), so say so, and how to tell it otherwise.
 */
function unsettledUnknown(previous: CheckIn | undefined, checkIn: CheckIn, ctx: Context): string | undefined {
  const sites = acceptablePain(previous, ctx.dataset.rules.adaptation.pain);
  if (!previous || !sites.length || previous.settledNextMorning !== undefined || checkIn.settled !== undefined) return undefined;
  const pain = painList(previous, sites);
  return `${pain[0]!.toUpperCase()}${pain.slice(1)} on ${previous.date}: the plan takes it as settled by this morning. If it had not, say so: \`durable checkin --date ${previous.date} --settled no\``;
}

/** The latest check-in before `date`, in a log in any order. */
const latestBefore = (checkIns: readonly CheckIn[], date: string): CheckIn | undefined =>
  checkIns.reduce<CheckIn | undefined>((latest, c) => (c.date < date && (latest === undefined || c.date > latest.date) ? c : latest), undefined);

export async function runCheckIn(options: CheckInOptions, global: GlobalOptions, prompter?: Prompter): Promise<void> {
  const ctx = await loadContext(global);
  const zone = ctx.profile.timezone;
  const today = now(zone).toISODate()!;
  const date = options.date ?? today;
  if (date > today) throw new UserError(`${date} has not happened yet; check in on the day or after it`);
  if (options.surface !== undefined && !ctx.dataset.surfaces.some((s) => s.id === options.surface)) {
    throw new UserError(`unknown surface "${options.surface}"; known surfaces: ${ctx.dataset.surfaces.map((s) => s.id).join(', ')}`);
  }
  if (options.status === undefined && options.settled !== undefined) {
    await saveSettled(options, ctx, today);
    return;
  }
  const yesterday = addDays(date, -1);
  // The day as planned before this check-in: adapted to the log up to the day before. A window
  // starting on the day itself holds no day gone by, none of which the check-in needs.
  const { plan, log } = await trainingPlan(ctx, dayStart(date, zone), 1, yesterday);
  const day = plan.weeks[0]!.days.find((d) => d.date === date)!;
  const existing = log.checkins.find((c) => c.date === date);
  const situation: Situation = { day, previous: log.checkins.find((c) => c.date === yesterday), ctx };

  let answers: Answers;
  let replace = options.replace ?? false;
  if (options.status !== undefined) {
    if (existing && !replace) throw new UserError(`there is already a check-in for ${date}; pass --replace to replace it`);
    answers = answersFromFlags(options, { ...situation, before: latestBefore(log.checkins, date) });
  } else {
    prompter ??= (requireTerminal('pass --status done|partly|skipped with --rpe, --minutes, --pain (see durable checkin --help)'), await terminalPrompter());
    print(`${heading('Planned')}\n${renderDay(day, ctx.dataset, outputColumns())}\n`);
    if (existing && !replace) {
      replace = await prompter.confirm({ message: `You checked in for ${date} already (${existing.status}). Replace it?`, default: false });
      if (!replace) {
        print('Kept the check-in you had.');
        return;
      }
    }
    answers = await askCheckIn(prompter, situation);
  }

  // Replacing a day that has imported activities keeps them and their figures: only what the runner says changes.
  const imported = existing && replace ? { distanceMetres: existing.distanceMetres, heartRate: existing.heartRate, activities: existing.activities } : {};
  // Flags that leave out the minutes or surface of an imported day keep the watch's, not the plan's.
  if (existing?.activities && replace && options.status !== undefined) {
    if (options.minutes === undefined && answers.status !== 'skipped') answers.minutes = existing.minutes;
    if (options.surface === undefined && existing.surface !== undefined) answers.surface = existing.surface;
  }
  // A race is a run in the log.
  const checkIn: CheckIn = { date, planned: day.type === 'race' ? 'run' : day.type, ...answers, recordedAt: now(zone).toISO({ suppressMilliseconds: true })!, ...imported };
  for (const key of ['surface', 'settled', 'note', 'distanceMetres', 'heartRate', 'activities'] as const) if (checkIn[key] === undefined) delete checkIn[key];
  const logged = await saveCheckIn(ctx.paths.log, checkIn, { replace });
  const warnings = [spikeWarning(log.checkins, checkIn, ctx.dataset.rules), unsettledUnknown(situation.previous, checkIn, ctx)].filter((w): w is string => w !== undefined);

  // What comes next: the day after, or today for a check-in made late, never a day already past.
  const next = addDays(date, 1) > today ? addDays(date, 1) : today;
  // Planned from the log as saved, in the week of that day (whose notes are shown), only that day worked out in full.
  const after = adaptedPlan({
    profile: planningProfile(ctx),
    dataset: ctx.dataset,
    start: dayStart(next, zone).startOf('week'),
    weeks: 1,
    checkIns: logged.checkins,
    today: next === today ? today : date,
    wanted: (d) => d === next,
  });
  const tomorrow = after.weeks[0]!.days.find((d) => d.date === next)!;
  if (options.json) {
    printJson({ checkIn, next: tomorrow, notes: after.notes, warnings });
    return;
  }
  const columns = outputColumns();
  const saved = existing && replace ? `Replaced your check-in for ${date} in` : `Saved your check-in for ${date} to`;
  print(fitText(`${saved} ${homePath(ctx.paths.log)}.`, columns));
  for (const warning of warnings) print(fitText(warn(warning), columns));
  print(`
${heading(next === today ? 'Today' : 'Next')}
${renderDay(tomorrow, ctx.dataset, columns)}`);
  for (const note of after.notes) print(`
${fitText(warn(note), columns)}`);
  print(`
${fitText(dim(DISCLAIMER), columns)}`);
}


/** Flags that describe a session: they need --status, and cannot go with a morning-after answer. */
const SESSION_FLAGS = ['minutes', 'rpe', 'surface', 'pain', 'note', 'replace'] as const;

/**
 * The morning after: whether a day's pain of 3-5/10 had settled, told on its own
 * (`checkin --settled yes|no [--date <the day of the pain>]`, the day defaulting to yesterday).
 * Only that field of that day's check-in changes; the rest of the log stays byte for byte.
 */
async function saveSettled(options: CheckInOptions, ctx: Context, today: string): Promise<void> {
  const settled = options.settled!;
  const given = SESSION_FLAGS.filter((flag) => options[flag] !== undefined).map((flag) => `--${flag}`);
  if (given.length) throw new UserError(`session details (${given.join(', ')}) need --status; --settled alone answers for the morning after`);
  const date = options.date ?? addDays(today, -1);
  if (date >= today) throw new UserError(`whether pain from ${date} settled by the next morning can only be told from ${addDays(date, 1)} on; pass --date with the day of the pain`);
  const pain = ctx.dataset.rules.adaptation.pain;
  const checkIn = await setSettledNextMorning(ctx.paths.log, date, settled, (found) => {
    if (!found) throw new UserError(`there is no check-in for ${date}; --settled with --date answers for a day you checked in with pain of ${pain.safeMax + 1}-${pain.acceptableMax}/10`);
    if (!acceptablePain(found, pain).length) {
      throw new UserError(`the check-in for ${date} has no pain of ${pain.safeMax + 1}-${pain.acceptableMax}/10, so there is nothing to settle (0-${pain.safeMax} is safe; above ${pain.acceptableMax} is too much either way)`);
    }
  });
  if (options.json) {
    printJson({ checkIn });
    return;
  }
  const columns = outputColumns();
  const sites = acceptablePain(checkIn, pain);
  print(fitText(`Saved: your ${painList(checkIn, sites)} on ${date} ${settled ? 'had settled' : 'had not settled'} by the next morning.`, columns));
  print(fitText(dim('`durable today` shows what this means for today.'), columns));
}
