import { IANAZone } from 'luxon';
import { checkProfile } from '../../engine/checkProfile.js';
import { startingPointFrom } from '../../engine/startingPoint.js';
import { CLOCK_TIME, LEVELS, WEEKDAYS, type Level } from '../../schema/constants.js';
import type { Profile } from '../../schema/profile.js';
import { displayPath } from '../../files/read.js';
import { writeProfile } from '../../store/profileStore.js';
import { now } from '../clock.js';
import { loadContext, type Context, type GlobalOptions } from '../context.js';
import { print } from '../io.js';
import { mergeProfile, type ProfileFlags } from '../profileOptions.js';
import { requireTerminal, terminalPrompter, type Prompter } from '../prompts.js';
import { dim, heading } from '../render/style.js';

export interface InitOptions extends ProfileFlags {
  yes?: boolean;
}

const LEVEL_HELP: Record<Level, string> = {
  beginner: 'new to running, or back after a long break: run-walk sessions',
  intermediate: 'running 30 minutes comfortably, a few times a week',
  advanced: 'running most days, with long runs and faster sessions',
};

const systemZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

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
    (await ask.input({
      message: 'Your time zone',
      default: base.timezone ?? systemZone(),
      validate: (z) => IANAZone.isValidZone(z) || 'an IANA zone such as Europe/Berlin',
    }));
  const trainingTime =
    flags.time ??
    (await ask.input({
      message: 'Preferred training time (HH:MM)',
      default: base.trainingTime ?? '07:00',
      validate: (t) => CLOCK_TIME.test(t) || 'a time as HH:MM, e.g. 07:00',
    }));
  return { level, runDays, strengthDays, longRunDay, surfaces, equipment, timezone, trainingTime, ...(start ? { weeklyMinutes, longestRun } : {}) };
}

const ALL_FLAGS: (keyof ProfileFlags)[] = ['level', 'runDays', 'strengthDays', 'longRunDay', 'surfaces', 'equipment', 'tz', 'time'];

export async function runInit(options: InitOptions, global: GlobalOptions, prompter?: Prompter): Promise<void> {
  const ctx = await loadContext(global, {}, { creating: true });
  const base: Profile = { ...ctx.profile, timezone: ctx.profile.timezone ?? systemZone(), trainingTime: ctx.profile.trainingTime ?? '07:00' };
  const complete = ALL_FLAGS.every((flag) => options[flag] !== undefined);
  let answers: Profile;
  if (options.yes || complete) {
    answers = mergeProfile(base, options);
  } else {
    prompter ??= (requireTerminal('answer with flags (see durable init --help), adding --yes to take the defaults for the rest'), await terminalPrompter());
    answers = await askProfile(prompter, options, base, ctx);
  }
  // A new level starts a new training block; otherwise progression carries on.
  const zone = answers.timezone;
  const thisMonday = now(zone).startOf('week').toISODate()!;
  const keepStart = ctx.saved && ctx.profile.startDate && ctx.profile.level === answers.level;
  const profile: Profile = { ...answers, startDate: keepStart ? ctx.profile.startDate : thisMonday };
  if (ctx.savedProfile && ctx.savedProfile.level !== answers.level && (options.yes || complete)) {
    // The new level starts from where the old plan has the runner now, unless the flags say.
    const point = startingPointFrom({ ...ctx.savedProfile, startDate: ctx.savedProfile.startDate ?? thisMonday }, ctx.dataset, thisMonday);
    profile.weeklyMinutes = options.weeklyMinutes ?? point.weeklyMinutes;
    profile.longestRun = options.longestRun ?? point.longestRun;
  }
  checkProfile(profile, ctx.dataset);
  await writeProfile(ctx.paths.profile, profile);

  print(`${heading('Profile saved')} to ${displayPath(ctx.paths.profile)}`);
  print(
    dim(
      `${profile.level}, ${profile.runDays} runs and ${profile.strengthDays} strength days a week, ${profile.level === 'beginner' ? 'weekend run' : 'long run'} on ${profile.longRunDay}; ` +
        `surfaces: ${profile.surfaces.join(', ')}; equipment: ${profile.equipment.join(', ') || 'none'}; ${profile.trainingTime} ${profile.timezone}; ` +
        `training since ${profile.startDate}`,
    ),
  );
  print('Next: `durable plan` for the week, `durable today` each morning, `durable checkin` after training.');
}
