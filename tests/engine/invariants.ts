// The promises the planner makes to a runner, as one checker shared by the example
// tests and the property tests. Returns the broken promises, empty when all hold.
import { DateTime } from 'luxon';
import { JOINTS } from '../../src/schema/constants.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import type { Day, Plan, RunDay, StrengthDay } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { surfacesFor, usableSurfaces } from '../../src/engine/surfaces.js';
import { daysBetween, mondayOf } from '../../src/engine/load.js';
import { distanceRules, phaseOf } from '../../src/engine/race.js';

const runsOf = (days: Day[]) => days.filter((d): d is RunDay => d.type === 'run');

/** Minutes a strength session's exercises take, worked out here independently of the planner. */
export function strengthMinutes(day: StrengthDay, dataset: Dataset): number {
  const { timing } = dataset.rules.strength;
  let seconds = 0;
  for (const e of day.exercises) {
    const perRep = dataset.exercises.find((x) => x.id === e.id)?.secondsPerRep ?? timing.secondsPerRep;
    const sides = e.dose.per ? 2 : 1;
    const oneSide = e.dose.holdSeconds ?? e.dose.reps! * perRep;
    seconds += e.dose.sets * (sides * oneSide + (sides - 1) * timing.switchSides) + (e.dose.sets - 1) * timing.restBetweenSets;
  }
  seconds += Math.max(0, day.exercises.length - 1) * timing.betweenExercises;
  return dataset.rules.strength.warmupMinutes + seconds / 60;
}

/** Days grouped by their Monday-to-Sunday week of training, with the week's number; only whole weeks. */
export function calendarWeeks(plan: Plan, partial = false): { number: number; days: Day[] }[] {
  const groups = new Map<string, { number: number; days: Day[] }>();
  for (const week of plan.weeks) {
    const offset = DateTime.fromISO(week.start).weekday - 1;
    week.days.forEach((day, j) => {
      const number = week.number + Math.floor((offset + j) / 7);
      const key = DateTime.fromISO(day.date).startOf('week').toISODate()!;
      const group = groups.get(key) ?? { number, days: [] };
      group.days.push(day);
      groups.set(key, group);
    });
  }
  return [...groups.values()].filter((g) => partial || g.days.length === 7);
}

/** Toward a race: each date's phase, and whether it is in the days around the race (the quiet days before it, race day, the days off after it). */
function raceCalendar(plan: Plan, profile: Profile, dataset: Dataset) {
  const goal = profile.race;
  if (!goal || !dataset.rules.race) return undefined;
  const d = distanceRules(goal.distance, dataset.rules.race);
  const weeksBefore = (date: string) => daysBetween(mondayOf(date), mondayOf(goal.date)) / 7;
  const aroundRace = (date: string) => {
    const toRace = daysBetween(date, goal.date);
    return toRace >= -d.daysOffAfter && toRace <= dataset.rules.race!.raceWeek.quietDays;
  };
  /** Weeks whose layout the race changes: race week and any week with a quiet day or the day after. */
  const touched = (dates: string[]) => dates.some(aroundRace) || dates.some((x) => weeksBefore(x) === 0);
  return { goal, d, weeksBefore, phase: (date: string) => phaseOf(weeksBefore(date), d), touched };
}

export function planViolations(plan: Plan, profile: Profile, dataset: Dataset): string[] {
  const problems: string[] = [];
  const { rules } = dataset;
  const days = plan.weeks.flatMap((w) => w.days);
  const race = raceCalendar(plan, profile, dataset);

  days.forEach((day, i) => {
    const next = days[i + 1];
    if (next && day.hard && next.hard) problems.push(`hard days back to back: ${day.date}, ${next.date}`);
    if (next && profile.level === 'beginner' && day.type === 'run' && next.type === 'run') {
      problems.push(`beginner runs on consecutive days: ${day.date}`);
    }
    if (day.type === 'run' && (day.warmup.minutes <= 0 || day.cooldown.minutes <= 0)) {
      problems.push(`run without warm-up or cool-down: ${day.date}`);
    }
    if (day.type === 'run' && day.minutes <= 0) problems.push(`run with no minutes: ${day.date}`);
    if (day.type === 'run' && !Number.isInteger(day.minutes)) problems.push(`run of ${day.minutes} min, not whole minutes: ${day.date}`);
    if (day.type === 'run' && day.intervals?.walkSeconds === 0 && /run-walk/i.test(day.title)) problems.push(`a continuous run called run-walk: ${day.date}`);
    if (day.type === 'strength' && strengthMinutes(day, dataset) > day.minutes) {
      problems.push(`strength on ${day.date} takes ${strengthMinutes(day, dataset).toFixed(1)} min, planned ${day.minutes}`);
    }
  });

  plan.weeks.forEach((week, w) => {
    const label = `week ${w + 1}`;
    if (week.days.length !== 7) problems.push(`${label} has ${week.days.length} days`);
    if (!week.days.some((d) => d.type === 'rest' || d.type === 'recovery')) problems.push(`${label} has no rest or recovery day`);
    if (race) {
      // Around the race the layout changes: nothing hard and no strength on the quiet days, recovery after.
      const expected = race.phase(week.start);
      if (week.phase !== expected) problems.push(`${label} is in phase ${week.phase}, expected ${expected}`);
      if (race.touched(week.days.map((d) => d.date))) return;
    }
    const runs = runsOf(week.days).length;
    if (runs !== profile.runDays) problems.push(`${label} has ${runs} runs, asked ${profile.runDays}`);
    const strength = week.days.filter((d) => d.type === 'strength').length;
    if (strength !== profile.strengthDays) problems.push(`${label} has ${strength} strength days, asked ${profile.strengthDays}`);
    const joints = new Set(week.days.flatMap((d) => (d.type === 'strength' ? d.exercises.flatMap((e) => e.joints) : [])));
    for (const joint of JOINTS) if (!joints.has(joint)) problems.push(`${label} has no strength work for the ${joint}`);
    if (race && profile.level !== 'beginner') return;
    const shouldDeload = week.number >= 1 && week.number % rules.volume.deload.every === 0;
    if (week.deload !== shouldDeload) problems.push(`${label} deload is ${week.deload}, expected ${shouldDeload}`);
  });

  if (race) {
    // The race on its date, and deload weeks before the taper: never `every` full weeks in a row.
    const raceDays = days.filter((d) => d.type === 'race');
    const shown = days.some((d) => d.date === race.goal.date);
    if (shown && (raceDays.length !== 1 || raceDays[0]!.date !== race.goal.date)) problems.push(`the race is not on ${race.goal.date}`);
    if (!shown && raceDays.length) problems.push('a race day on another date');
    let fullInARow = profile.level === 'beginner' ? -Infinity : 0;
    for (const week of plan.weeks) {
      const phase = race.phase(week.start);
      if (phase !== 'foundation' && phase !== 'build' && phase !== 'peak') continue;
      fullInARow = week.deload ? 0 : fullInARow + 1;
      if (fullInARow >= rules.volume.deload.every && week.number > rules.volume.deload.every) problems.push(`${fullInARow} full weeks in a row before the taper, up to ${week.start}`);
    }
  }

  // Volume, by week of training: a full week grows at most growthCap over the last full
  // week; a deload week is lighter; the long run keeps to its share of the week.
  let lastFull: number | undefined;
  const shares = [...rules.volume.longRunShare].sort((a, b) => a.runs - b.runs);
  // Toward a race, continuous runners taper; a new runner's run-walk ladder is the build and keeps its rhythm.
  const fullPhase = (date: string) => !race || ['foundation', 'build', 'peak', 'base'].includes(race.phase(date));
  let peak = 0;
  for (const { number, days: weekDays } of calendarWeeks(plan)) {
    const first = weekDays[0]!.date;
    if (race && profile.level !== 'beginner' && !fullPhase(first)) {
      // Taper, race week and recovery: a share of the peak, never more.
      const volume = runsOf(weekDays).reduce((sum, r) => sum + r.minutes, 0);
      const phase = race.phase(first);
      if (peak && phase === 'taper' && (volume < peak * 0.4 - 1e-9 || volume > peak * 0.6 + 1e-9)) problems.push(`taper week ${number}: ${volume} min against a peak of ${peak}, not 40-60 % below`);
      if (peak && phase === 'race' && volume > peak * 0.6 + 1e-9) problems.push(`race week ${number}: ${volume} min against a peak of ${peak}`);
      if (peak && volume > peak) problems.push(`${phase} week ${number} above the peak`);
      lastFull = phase === 'recovery' ? volume : lastFull;
      continue;
    }
    if (race && race.touched(weekDays.map((d) => d.date))) continue;
    const deload = race && profile.level !== 'beginner' ? (plan.weeks.find((w) => w.start === first)?.deload ?? false) : number >= 1 && number % rules.volume.deload.every === 0;
    const volume = runsOf(weekDays).reduce((sum, r) => sum + r.minutes, 0);
    if (lastFull !== undefined && !deload && volume > lastFull * (1 + rules.volume.growthCap) + 1e-9) {
      problems.push(`week ${number} grows from ${lastFull} to ${volume} min`);
    }
    if (lastFull !== undefined && deload && volume >= lastFull) problems.push(`deload week ${number} is not lighter`);
    if (!deload) lastFull = volume;
    if (!deload && race && race.weeksBefore(first) > 0) peak = Math.max(peak, volume);
    const long = runsOf(weekDays).find((r) => r.kind === 'long');
    const share = (shares.filter((s) => s.runs <= profile.runDays).at(-1) ?? shares[0]!).max;
    if (long && long.minutes > volume * share + 1e-9) problems.push(`long run ${long.minutes} of ${volume} min in week ${number}, above ${share * 100} %`);
  }

  // No run more than the spike limit over the longest run of the weeks before it.
  const runs = runsOf(days);
  // Weeks counted in whole days from Monday 5 Jan 1970, so that two Mondays are a whole number
  // of weeks apart (dividing milliseconds by a week's gave 0.999… for one week, now and then).
  const weeksSinceMonday = (ms: number) => (Math.round(ms / 86_400_000) - 4) / 7;
  const monday = (date: string) => weeksSinceMonday(DateTime.fromISO(date, { zone: 'utc' }).startOf('week').toMillis());
  const weekOf = new Map(runs.map((r) => [r.date, monday(r.date)]));
  const numberOf = new Map(calendarWeeks(plan, true).flatMap((w) => w.days.map((d) => [d.date, w.number] as const)));
  const fromTheStart = plan.weeks[0]!.number === 1 && DateTime.fromISO(plan.weeks[0]!.start).weekday === 1;
  const firstDay = weeksSinceMonday(DateTime.fromISO(days[0]!.date, { zone: 'utc' }).toMillis());
  runs.forEach((run) => {
    // The runs of the spikeWindowWeeks weeks of training before this run's week.
    const week = weekOf.get(run.date)!;
    const earlier = runs.filter((r) => week - weekOf.get(r.date)! >= 1 && week - weekOf.get(r.date)! <= rules.volume.spikeWindowWeeks);
    const covered = week - rules.volume.spikeWindowWeeks >= firstDay;
    // Before training began nothing was planned: the runner's own longest run stands for it.
    const number = numberOf.get(run.date)!;
    const early = number <= rules.volume.spikeWindowWeeks;
    const startsBefore = plan.weeks[0]!.number < 1 || fromTheStart;
    if (!covered && !(early && startsBefore)) return;
    const before = [...earlier.filter((r) => numberOf.get(r.date)! >= 1).map((r) => r.minutes), ...(profile.longestRun !== undefined && early ? [profile.longestRun] : [])];
    // The level's shortest run is allowed even after shorter ones (the plan says so in a note).
    if (!before.length || run.intervals || run.minutes <= dataset.rules.levels[profile.level === 'beginner' ? 'intermediate' : profile.level].minRunMinutes) return;
    const limit = Math.max(...before) * (1 + rules.volume.singleRunSpike);
    if (run.minutes > limit + 1e-9) problems.push(`run of ${run.minutes} min on ${run.date} spikes past ${Math.max(...before)} min`);
  });

  // Surfaces: never twice in a row while there are two without a weekly limit; long runs
  // on their best surface while there are three.
  const available = dataset.surfaces.filter((s) => profile.surfaces.includes(s.id));
  const usable = usableSurfaces(['easy', 'long', 'quality', 'runWalk'], available);
  const unlimited = usable.filter((s) => s.maxPerWeek === undefined).length;
  runs.forEach((run, i) => {
    if (!profile.surfaces.includes(run.surface)) problems.push(`run on unavailable surface ${run.surface}`);
    // A race in between breaks the sequence: it is run on its own course.
    const prev = runs[i - 1] && !days.some((d) => d.type === 'race' && d.date > runs[i - 1]!.date && d.date < run.date) ? runs[i - 1] : undefined;
    if (prev && unlimited >= 2 && prev.surface === run.surface) problems.push(`two runs in a row on ${run.surface}: ${prev.date}, ${run.date}`);
    if (unlimited >= 3 && run.kind === 'long' && run.surface !== surfacesFor('long', available)[0]!.id) {
      problems.push(`long run on ${run.surface}, not the best surface for it: ${run.date}`);
    }
  });
  for (const week of calendarWeeks(plan)) {
    for (const s of usable.length >= 2 ? usable.filter((x) => x.maxPerWeek !== undefined) : []) {
      const count = runsOf(week.days).filter((r) => r.surface === s.id).length;
      if (count > s.maxPerWeek!) problems.push(`${count} runs on ${s.id} in week ${week.number}, limit ${s.maxPerWeek}`);
    }
  }

  // Beginners' run-walk sessions move towards continuous running, never back (but in
  // deload weeks), and the longest running bout never more than doubles.
  if (profile.level === 'beginner') {
    let lastShare = 0;
    let lastBout: number | undefined;
    calendarWeeks(plan).forEach(({ number, days: weekDays }) => {
      const run = runsOf(weekDays)[0];
      if (!run?.intervals || (number >= 1 && number % rules.volume.deload.every === 0)) return;
      const { runSeconds, walkSeconds } = run.intervals;
      const share = runSeconds / (runSeconds + walkSeconds);
      if (share < lastShare) problems.push(`week ${number} run-walk share falls to ${share.toFixed(2)}`);
      if (lastBout !== undefined && runSeconds > 2 * lastBout) problems.push(`week ${number} running bout ${runSeconds} s more than doubles ${lastBout} s`);
      lastShare = share;
      lastBout = runSeconds;
    });
  }

  // Exercise levels never go down.
  const levels = new Map<string, number>();
  for (const day of days) {
    if (day.type !== 'strength') continue;
    for (const e of day.exercises) {
      if ((levels.get(e.id) ?? 0) > e.level) problems.push(`${e.id} drops to level ${e.level} on ${day.date}`);
      levels.set(e.id, e.level);
    }
  }
  return problems;
}
