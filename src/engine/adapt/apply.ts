import type { Joint } from '../../schema/constants.js';
import type { Day, Plan, RunDay } from '../../schema/plan.js';
import { addDays } from '../load.js';
import { summarise } from '../planWeeks.js';
import { isRun } from './jointState.js';
import { makeEasy, recoveryInstead, shortenRun, spareStrength, walkRunInstead } from './planEdits.js';
import { aroundRun } from './situation.js';
import type { Change, Situation } from './types.js';

type Ranged = Exclude<Change, { what: 'note' } | { what: 'raceWarning' }>;
const covers = (c: Ranged, date: string) => c.from <= date && date < c.until;

interface Keep {
  keep: number;
  reason?: string;
}

/** The strictest share of its planned minutes any change leaves a run, and why. */
function strictestKeep(run: RunDay, kind: RunDay['kind'], changes: Ranged[], capped: Keep | undefined): Keep {
  let strictest: Keep = capped ?? { keep: 1 };
  const consider = (keep: number, reason: string) => {
    if (keep < strictest.keep) strictest = { keep, reason };
  };
  const around = run.warmup.minutes + run.cooldown.minutes;
  for (const c of changes) {
    if (!covers(c, run.date)) continue;
    if (c.what === 'shorter') consider(c.keep, c.reason);
    if (c.what === 'maxSession' && (!c.kinds || c.kinds.includes(kind))) consider(Math.max(0, c.minutes - around) / run.minutes, c.reason);
  }
  return strictest;
}

/**
 * Caps on the run minutes of a week (every plan week the change's range touches) or of a
 * window of days: the share of their planned minutes each coming run keeps, by date. Worked
 * out from the plan as first made, so that a run cut for another reason never lets the
 * others grow.
 */
function capShares(plan: Plan, changes: Ranged[], s: Situation): Map<string, Keep> {
  const byDate = new Map<string, Keep>();
  const runs = plan.weeks.flatMap((w) => w.days).filter((d): d is RunDay => d.type === 'run');
  const around = aroundRun(s);
  for (const c of changes) {
    if (c.what !== 'weekCap' && c.what !== 'windowCap') continue;
    const windows =
      c.what === 'weekCap' ? plan.weeks.filter((w) => w.start < c.until && addDays(w.start, 7) > c.from).map((w) => [w.start, addDays(w.start, 7)] as const) : [[c.from, c.until] as const];
    for (const [from, until] of windows) {
      const inside = runs.filter((r) => r.date >= from && r.date < until);
      const coming = inside.filter((r) => r.date >= s.from);
      const planned = coming.reduce((sum, r) => sum + r.minutes, 0);
      // What is already behind: the minutes logged, never the plan's (often larger) first minutes,
      // or a cap meant to hold the week would squeeze its last runs.
      const done = s.log.filter((l) => isRun(l) && l.date >= from && l.date < until && l.date < s.from).reduce((sum, l) => sum + Math.max(0, l.minutes - around), 0);
      if (planned === 0) continue;
      const keep = Math.max(0, c.minutes - done) / planned;
      for (const run of coming) {
        if (keep < (byDate.get(run.date)?.keep ?? 1)) byDate.set(run.date, { keep, reason: c.reason });
      }
    }
  }
  return byDate;
}

function adaptRun(run: RunDay, week: Plan['weeks'][number], changes: Ranged[], capped: Keep | undefined, s: Situation): Day {
  const noRunning = changes.filter((c): c is Extract<Ranged, { what: 'noRunning' }> => c.what === 'noRunning' && covers(c, run.date));
  if (noRunning.length) {
    const joints = [...new Set(noRunning.flatMap((c) => c.joints))] as Joint[];
    return recoveryInstead(run, joints, [noRunning[0]!.reason], s);
  }
  const reasons: string[] = [];
  const easy = changes
    .filter((c): c is Extract<Ranged, { what: 'easy' }> => c.what === 'easy' && covers(c, run.date))
    .find((c) => run.kind === 'quality' || (c.long && run.kind === 'long'));
  let adapted = run;
  if (easy) {
    adapted = makeEasy(run, week, s);
    if (adapted !== run) reasons.push(easy.reason);
  }
  const { keep, reason } = strictestKeep(adapted, run.kind, changes, capped);
  const shorter = shortenRun(adapted, keep, s);
  if (reason && shorter.minutes < adapted.minutes) reasons.push(reason);
  adapted = shorter;
  const walkRun = changes.find((c): c is Extract<Ranged, { what: 'walkRun' }> => c.what === 'walkRun' && covers(c, run.date));
  if (walkRun) {
    const walking = walkRunInstead(adapted, walkRun.runMinutes, walkRun.walkMinutes, s);
    if (walking !== adapted && !reasons.includes(walkRun.reason)) reasons.push(walkRun.reason);
    adapted = walking;
  }
  const marks = changes
    .filter((c): c is Extract<Ranged, { what: 'mark' }> => c.what === 'mark' && covers(c, run.date) && !reasons.includes(c.text))
    .map((c) => c.text);
  if (!reasons.length && !marks.length) return run;
  return { ...adapted, adjustments: [...run.adjustments, ...reasons], notes: [...run.notes, ...marks] };
}

function adaptStrength(day: Day, changes: Ranged[], s: Situation): Day {
  if (day.type !== 'strength') return day;
  const spare = changes.filter((c): c is Extract<Ranged, { what: 'spare' }> => c.what === 'spare' && covers(c, day.date));
  const sore = new Set(spare.map((c) => c.joint));
  if (!sore.size) return day;
  const exercises = spareStrength(day.exercises, sore, s);
  if (JSON.stringify(exercises) === JSON.stringify(day.exercises)) return day;
  // One reason per spared joint: the first rule's, in the order the rules apply.
  const reasons = [...new Set([...sore].filter((j) => day.exercises.some((e) => e.joints.includes(j))).map((j) => spare.find((c) => c.joint === j)!.reason))];
  return { ...day, exercises, adjustments: [...day.adjustments, ...reasons] };
}

/**
 * Give every coming day the strictest of what the rules asked: the fewest minutes, the
 * easiest kind, the gentlest strength. Days the log has covered stay as they were, and
 * so do weeks after `through`, when only the days up to it are wanted.
 */
export function applyChanges(s: Situation, changes: Change[], through?: string): Plan {
  const ranged = changes.filter((c): c is Ranged => c.what !== 'note' && c.what !== 'raceWarning');
  const raceWarnings = changes.filter((c): c is Extract<Change, { what: 'raceWarning' }> => c.what === 'raceWarning');
  const shares = capShares(s.plan, ranged, s);
  const weeks = s.plan.weeks.map((week) => {
    // The changes that cover a day of this week, in the order the rules gave them.
    let first = week.days[0]?.date ?? week.start;
    let last = first;
    for (const day of week.days) {
      if (day.date < first) first = day.date;
      if (day.date > last) last = day.date;
    }
    if (through !== undefined && first > through) return week;
    const here = ranged.filter((c) => c.from <= last && c.until > first);
    const days = week.days.map((day) => {
      if (day.date < s.from) return day;
      if (day.type === 'run') return adaptRun(day, week, here, shares.get(day.date), s);
      if (day.type === 'race') {
        const warnings = raceWarnings.filter((c) => c.date === day.date).map((c) => c.text);
        return warnings.length ? { ...day, adjustments: [...day.adjustments, ...warnings] } : day;
      }
      return adaptStrength(day, here, s);
    });
    return { ...week, days, summary: summarise(days) };
  });
  const notes = [...s.plan.notes];
  for (const c of changes) if (c.what === 'note' && !notes.includes(c.text)) notes.push(c.text);
  return { ...s.plan, weeks, notes };
}
