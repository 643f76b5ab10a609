import { DateTime } from 'luxon';
import { checkProfile } from '../../engine/checkProfile.js';
import { planWeeks } from '../../engine/planWeeks.js';
import { distanceName } from '../../engine/race.js';
import { dateProblem } from '../../schema/dates.js';
import { checkRaceAhead } from '../trainingPlan.js';
import { startingPointFrom } from '../../engine/startingPoint.js';
import { UserError } from '../../errors.js';
import { LEVELS, WEEKDAYS, type Level } from '../../schema/constants.js';
import type { Profile } from '../../schema/profile.js';
import { setProfileAside, writeProfile, type SavedProfile } from '../../store/profileStore.js';
import { homePath } from '../../store/paths.js';
import { now } from '../clock.js';
import { contextPaths, loadDataset, savedProfile, type Context, type GlobalOptions } from '../context.js';
import { print, say } from '../io.js';
import { CLOCK_TIME_HINT, readClockTime } from '../parse.js';
import { mergeProfile, type ProfileFlags } from '../profileOptions.js';
import { requireTerminal, terminalPrompter, type Prompter } from '../prompts.js';
import { dim, heading } from '../render/style.js';
import { fitText, hanging } from '../render/text.js';
import { outputColumns } from '../render/width.js';
import { checkZone, systemZone, zoneChoices } from '../timeZone.js';

export interface InitOptions extends ProfileFlags {
  yes?: boolean;
}

const LEVEL_HELP: Record<Level, string> = {
  beginner: 'new to running, or back after a long break: run-walk sessions',
  intermediate: 'running 30 minutes comfortably, a few times a week',
  advanced: 'running most days, with long runs and faster sessions',
};

/** The system's zone if it names a place, else UTC: never a saved abbreviation. */
function defaultZone(): string {
  const checked = checkZone(systemZone());
  return 'zone' in checked ? checked.zone : 'UTC';
}

/**
 * Ask every profile question the flags did not answer. `base` gives the defaults
 * (the saved profile, or the built-in one).
 */
export async function askProfile(ask: Prompter, flags: ProfileFlags, base: Profile, ctx: Context): Promise<Profile> {
  const { dataset } = ctx;
  const level =
    flags.level ??
    (await ask.select({ message: 'Your running level', choices: LEVELS.map((l) => ({ name: l, value: l, description: LEVEL_HELP[l] })), default: base.level }));
  const rules = dataset.rules.levels[level];
  const clamp = (n: number, r: { min: number; max: number }) => Math.min(r.max, Math.max(r.min, n));
  const runDays =
    flags.runDays ??
    (await ask.number({ message: `Run days a week (${rules.runDays.min}-${rules.runDays.max})`, ...rules.runDays, default: clamp(base.runDays, rules.runDays) }));
  const strengthMax = Math.min(rules.strengthDays.max, 6 - runDays);
  const strengthDays =
    flags.strengthDays ??
    (await ask.number({
      message: `Strength days a week for ankles, knees and hips (${rules.strengthDays.min}-${strengthMax})`,
      min: rules.strengthDays.min,
      max: strengthMax,
      default: clamp(base.strengthDays, { min: rules.strengthDays.min, max: strengthMax }),
    }));
  const longRunDay =
    flags.longRunDay ??
    (await ask.select({
      message: level === 'beginner' ? 'Weekday for your weekend run' : 'Weekday for your long run',
      choices: WEEKDAYS.map((d) => ({ name: d, value: d })),
      default: base.longRunDay,
    }));
  // Where the plan starts: continuous runners say what they run now (beginners start the ladder).
  const start = level === 'beginner' ? undefined : dataset.rules.levels[level];
  const weeklyMinutes =
    start &&
    (flags.weeklyMinutes ??
      (await ask.number({ message: 'Running minutes in a typical recent week', min: 0, max: 2000, default: base.weeklyMinutes ?? start.easyRunMinutes * runDays })));
  const longestRun =
    start &&
    (flags.longestRun ??
      (await ask.number({ message: 'Your longest run of the last 4 weeks, in minutes', min: 0, max: 600, default: base.longestRun ?? start.easyRunMinutes })));
  const race = flags.race !== undefined || flags.distance !== undefined ? raceFromFlags(flags, base) : await askRace(ask, base, level, dataset);
  const surfaces =
    flags.surfaces ??
    (await ask.checkbox({
      message: 'Surfaces you can run on near home (space to pick, enter to go on)',
      choices: dataset.surfaces.map((s) => ({ name: s.name, value: s.id, description: s.goodFor, checked: base.surfaces.includes(s.id) })),
      required: true,
    }));
  const equipment =
    flags.equipment ??
    (await ask.checkbox({
      message: 'Equipment you have (for harder progressions)',
      choices: dataset.equipment.map((e) => ({ name: e.name, value: e.id, checked: base.equipment.includes(e.id) })),
    }));
  const timezone =
    flags.tz ??
    (await ask.search({
      message: 'Your time zone (type a city to search, enter to pick)',
      source: (term) => zoneChoices(term, base.timezone ?? defaultZone()),
    }));
  const trainingTime =
    flags.time ??
    readClockTime(
      await ask.input({
        message: 'Preferred training time',
        default: base.trainingTime ?? '07:00',
        validate: (t) => readClockTime(t) !== undefined || CLOCK_TIME_HINT,
      }),
    )!;
  return { level, runDays, strengthDays, longRunDay, surfaces, equipment, timezone, trainingTime, ...(start ? { weeklyMinutes, longestRun } : {}), ...(race ? { race } : {}), ...paceFields(mergeProfile(base, flags)) };
}

/** Units and paces are not asked: they come from the flags or stay as saved. */
function paceFields({ units, easyPace, recentRace }: Profile): Partial<Profile> {
  return { ...(units ? { units } : {}), ...(easyPace ? { easyPace } : {}), ...(recentRace ? { recentRace } : {}) };
}

/** The race the flags give (or clear). */
function raceFromFlags(flags: ProfileFlags, base: Profile): Profile['race'] {
  return mergeProfile(base, { race: flags.race, distance: flags.distance }).race;
}

/** An optional race goal: its day, then its distance. */
async function askRace(ask: Prompter, base: Profile, level: Level, dataset: Context['dataset']): Promise<Profile['race']> {
  const date = await ask.input({
    message: 'Training for a race? Its day as YYYY-MM-DD (Enter for none)',
    default: base.race?.date ?? '',
    validate: (value) => value.trim() === '' || dateProblem(value.trim()) === undefined || (dateProblem(value.trim()) ?? ''),
  });
  if (date.trim() === '') return undefined;
  const distances = level === 'beginner' ? (dataset.rules.race?.beginnerDistances ?? ['5k']) : (dataset.rules.race?.distances.map((d) => d.id) ?? ['5k']);
  const distance = await ask.select({
    message: 'Race distance',
    choices: distances.map((d) => ({ name: distanceName(d), value: d })),
    default: base.race && distances.includes(base.race.distance) ? base.race.distance : distances[0],
  });
  return { date: date.trim(), distance };
}

/** The profile in a few lines, as it will be saved. */
export function profileSummary(profile: Profile, ctx: Pick<Context, 'dataset'>): [string, string][] {
  const names = (ids: string[], list: { id: string; name: string }[]) => ids.map((id) => list.find((x) => x.id === id)?.name.toLowerCase() ?? id).join(', ') || 'none';
  return [
    ['Level', profile.level],
    ['Runs', `${profile.runDays} a week, ${profile.level === 'beginner' ? 'weekend run' : 'long run'} on ${profile.longRunDay}`],
    ['Strength', `${profile.strengthDays} day${profile.strengthDays === 1 ? '' : 's'} a week`],
    ['Surfaces', names(profile.surfaces, ctx.dataset.surfaces)],
    ['Equipment', names(profile.equipment, ctx.dataset.equipment)],
    ...(profile.weeklyMinutes === undefined ? [] : ([['Starting from', `${profile.weeklyMinutes} min a week, longest run ${profile.longestRun ?? '?'} min`]] as [string, string][])),
    ...(profile.race ? ([['Race', `${distanceName(profile.race.distance)} on ${profile.race.date}`]] as [string, string][]) : []),
    ['Training time', `${profile.trainingTime} ${profile.timezone}`],
    ['Counting from', profile.startDate ?? ''],
  ];
}

const ALL_FLAGS: (keyof ProfileFlags)[] = ['level', 'runDays', 'strengthDays', 'longRunDay', 'surfaces', 'equipment', 'tz', 'time'];

/**
 * A profile that cannot be read: on a terminal the runner is asked whether to move it
 * aside (byte for byte) and start afresh. Without one, nothing is decided for them:
 * starting afresh would quietly reset their time zone, days and training block, so
 * init stops with the line that is wrong and changes nothing.
 */
async function setBrokenProfileAside(path: string, problem: UserError, ask: Prompter | undefined, interactive: boolean): Promise<void> {
  if (!ask || !interactive) {
    throw new UserError(`${problem.message}; fix that line, or run \`durable init\` in a terminal to start a new profile (nothing was changed)`, problem.where, problem.exitCode);
  }
  say(`durable: ${problem.describe()}`);
  if (!(await ask.confirm({ message: `Your profile cannot be read. Keep it as ${homePath(`${path}.broken`)} and start a new one?`, default: true }))) {
    throw new UserError('kept the profile as it is; fix the line above, or run `durable init` again', {}, 1);
  }
  say(`Kept the broken profile as ${homePath(setProfileAside(path))}; starting a new one.`);
}

export async function runInit(options: InitOptions, global: GlobalOptions, prompter?: Prompter): Promise<void> {
  const paths = contextPaths(global, { creating: true });
  const dataset = await loadDataset(global);
  const interactive = !options.yes && !ALL_FLAGS.every((flag) => options[flag] !== undefined);
  if (interactive) {
    prompter ??= (requireTerminal('answer with flags (see durable init --help), adding --yes to take the defaults for the rest'), await terminalPrompter());
  }
  let saved: SavedProfile | undefined;
  try {
    saved = await savedProfile(paths.profile, dataset);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    await setBrokenProfileAside(paths.profile, error, prompter, interactive);
  }
  const current = saved?.profile ?? dataset.rules.defaultProfile;
  const ctx: Context = { dataset, paths, profile: current, saved: saved !== undefined };
  const base: Profile = { ...current, timezone: current.timezone ?? defaultZone(), trainingTime: current.trainingTime ?? '07:00' };
  const answers = prompter && interactive ? await askProfile(prompter, options, base, ctx) : mergeProfile(base, options);
  // A new level starts a new training block; otherwise progression carries on.
  const thisMonday = now(answers.timezone).startOf('week').toISODate()!;
  const keepStart = saved?.profile.startDate && saved.profile.level === answers.level;
  const profile: Profile = { ...answers, startDate: keepStart ? saved!.profile.startDate : thisMonday };
  if (saved && saved.profile.level !== answers.level && !interactive) {
    // The new level starts from where the old plan has the runner now, unless the flags say.
    const point = startingPointFrom({ ...saved.profile, startDate: saved.profile.startDate ?? thisMonday }, dataset, thisMonday);
    profile.weeklyMinutes = options.weeklyMinutes ?? point.weeklyMinutes;
    profile.longestRun = options.longestRun ?? point.longestRun;
  }
  checkProfile(profile, dataset);
  if (profile.race) {
    // A race to come, and a timeline a safe build can meet: refused before anything is saved.
    checkRaceAhead(profile, saved?.profile, now(profile.timezone).toISODate()!);
    planWeeks({ profile, dataset, start: DateTime.fromISO(profile.startDate!, { zone: 'utc' }), weeks: 1 });
  }

  const columns = outputColumns();
  const summary = profileSummary(profile, ctx).flatMap(([label, value]) => hanging(`  ${`${label}:`.padEnd(15)}`, value, columns));
  if (prompter && interactive) {
    print(`\n${heading('Your profile')}\n${summary.join('\n')}`);
    if (!(await prompter.confirm({ message: `Save it to ${homePath(paths.profile)}?`, default: true }))) {
      print('Nothing was saved.');
      return;
    }
  }
  await writeProfile(paths.profile, profile);
  print(`${heading('Profile saved')} to ${homePath(paths.profile)}`);
  if (!interactive) print(dim(summary.join('\n')));
  print(fitText('Next: `durable plan` for the week, `durable today` each morning, `durable checkin` after training.', columns));
}
