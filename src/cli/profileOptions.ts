import { Option, type Command } from 'commander';
import { LEVELS, UNITS, type Level, type Units, type Weekday } from '../schema/constants.js';
import type { Profile } from '../schema/profile.js';
import { clockTime, list, timeZone, weekday, wholeNumber } from './parse.js';

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
  units?: Units;
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
    .addOption(new Option('--units <units>', 'distances in kilometres or miles (default: km)').choices(UNITS));
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
  return profile;
}
