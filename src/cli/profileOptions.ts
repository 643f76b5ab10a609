import { Option, type Command } from 'commander';
import { LEVELS, UNITS, type Level, type Units, type Weekday } from '../schema/constants.js';
import { UserError } from '../errors.js';
import type { Profile } from '../schema/profile.js';
import { clockTime, list, pace, raceDate, raceDistance, recentRace, timeZone, weekday, wholeNumber } from './parse.js';

/** The profile questions as flags, shared by `plan`, `today`, `export` and `init`. */
export interface ProfileFlags {
  level?: Level;
  runDays?: number;
  strengthDays?: number;
  longRunDay?: Weekday;
  surfaces?: string[];
  equipment?: string[];
  weeklyMinutes?: number;
  longestRun?: number;
  tz?: string;
  time?: string;
  /** Distances and paces in kilometres or miles. */
  units?: Units;
  /** A race day, or "none" to clear the race. */
  race?: string;
  distance?: string;
  easyPace?: string;
  recentRace?: string;
}

export function addProfileOptions(command: Command, { withTime = false } = {}): Command {
  command
    .addOption(new Option('--level <level>', 'running level').choices(LEVELS))
    .option('--run-days <n>', 'run days a week', wholeNumber(1, 7))
    .option('--strength-days <n>', 'strength days a week', wholeNumber(0, 7))
    .option('--long-run-day <weekday>', 'weekday of the long run, e.g. sunday', weekday)
    .option('--surfaces <list>', 'surfaces near you, comma-separated (see `durable surfaces`)', list)
    .option('--equipment <list>', 'equipment you have, comma-separated, or "none"', list)
    .option('--weekly-minutes <n>', 'running minutes in a typical recent week: where the plan starts', wholeNumber(0, 2000))
    .option('--longest-run <minutes>', 'your longest run of the last 4 weeks, in minutes', wholeNumber(0, 600))
    .addOption(new Option('--units <units>', 'distances and paces in km or mi (default: km)').choices(UNITS))
    .option('--race <YYYY-MM-DD>', 'the day of a race to train for, or "none" to clear it', raceDate)
    .option('--distance <distance>', 'the race distance: 5k, 10k, half, marathon, or e.g. 15k', raceDistance)
    .option('--easy-pace <m:ss>', 'your easy pace per km (or mile with --units mi)', pace)
    .option('--recent-race <distance=time>', 'a recent race result for paces, e.g. 10k=45:00', recentRace);
  if (withTime) {
    command.option('--tz <zone>', 'IANA time zone, e.g. Europe/Berlin', timeZone).option('--time <HH:MM>', 'preferred training time, e.g. 07:00 or 6:30pm', clockTime);
  }
  return command;
}

/** Flags win over the saved profile, which wins over the built-in default. */
export function mergeProfile(base: Profile, flags: ProfileFlags): Profile {
  const profile: Profile = { ...base };
  if (flags.level !== undefined) profile.level = flags.level;
  if (flags.runDays !== undefined) profile.runDays = flags.runDays;
  if (flags.strengthDays !== undefined) profile.strengthDays = flags.strengthDays;
  if (flags.longRunDay !== undefined) profile.longRunDay = flags.longRunDay;
  if (flags.surfaces !== undefined) profile.surfaces = flags.surfaces;
  if (flags.equipment !== undefined) profile.equipment = flags.equipment;
  if (flags.weeklyMinutes !== undefined) profile.weeklyMinutes = flags.weeklyMinutes;
  if (flags.longestRun !== undefined) profile.longestRun = flags.longestRun;
  if (flags.tz !== undefined) profile.timezone = flags.tz;
  if (flags.time !== undefined) profile.trainingTime = flags.time;
  if (flags.units !== undefined) profile.units = flags.units;
  if (flags.easyPace !== undefined) profile.easyPace = flags.easyPace;
  if (flags.recentRace !== undefined) profile.recentRace = flags.recentRace;
  if (flags.race === 'none') {
    if (flags.distance !== undefined) throw new UserError('--distance goes with a race; drop it, or give --race YYYY-MM-DD');
    delete profile.race;
  } else if (flags.race !== undefined || flags.distance !== undefined) {
    const date = flags.race ?? base.race?.date;
    const distance = flags.distance ?? base.race?.distance;
    if (date === undefined) throw new UserError('--distance needs a race day: add --race YYYY-MM-DD');
    if (distance === undefined) throw new UserError('--race needs a distance: add --distance 5k, 10k, half or marathon (or e.g. 15k)');
    profile.race = { date, distance };
  }
  return profile;
}
