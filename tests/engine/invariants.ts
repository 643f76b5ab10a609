// The promises the planner makes to a runner, as one checker shared by the example
// tests and the property tests. Returns the broken promises, empty when all hold.
import { JOINTS } from '../../src/schema/constants.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import type { Day, Plan, RunDay } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { softest } from '../../src/engine/surfaces.js';

const runsOf = (days: Day[]) => days.filter((d): d is RunDay => d.type === 'run');

export function planViolations(plan: Plan, profile: Profile, dataset: Dataset): string[] {
  const problems: string[] = [];
  const { rules } = dataset;
  const days = plan.weeks.flatMap((w) => w.days);

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
  });

  plan.weeks.forEach((week, w) => {
    const label = `week ${w + 1}`;
    if (week.days.length !== 7) problems.push(`${label} has ${week.days.length} days`);
    if (!week.days.some((d) => d.type === 'rest' || d.type === 'recovery')) problems.push(`${label} has no rest or recovery day`);
    const runs = runsOf(week.days).length;
    if (runs !== profile.runDays) problems.push(`${label} has ${runs} runs, asked ${profile.runDays}`);
    const strength = week.days.filter((d) => d.type === 'strength').length;
    if (strength !== profile.strengthDays) problems.push(`${label} has ${strength} strength days, asked ${profile.strengthDays}`);
    const joints = new Set(week.days.flatMap((d) => (d.type === 'strength' ? d.exercises.flatMap((e) => e.joints) : [])));
    for (const joint of JOINTS) if (!joints.has(joint)) problems.push(`${label} has no strength work for the ${joint}`);
    const shouldDeload = week.number % rules.volume.deload.every === 0;
    if (week.deload !== shouldDeload) problems.push(`${label} deload is ${week.deload}, expected ${shouldDeload}`);
  });

  // Volume: a full week grows at most growthCap over the last full week; a deload week is lighter.
  let lastFull: number | undefined;
  plan.weeks.forEach((week, w) => {
    const volume = runsOf(week.days).reduce((sum, r) => sum + r.minutes, 0);
    if (lastFull !== undefined && !week.deload && volume > lastFull * (1 + rules.volume.growthCap) + 1e-9) {
      problems.push(`week ${w + 1} grows from ${lastFull} to ${volume} min`);
    }
    if (lastFull !== undefined && week.deload && volume >= lastFull) problems.push(`deload week ${w + 1} is not lighter`);
    if (!week.deload) lastFull = volume;
  });

  // Surfaces rotate, and long runs go on the softest where the rotation allows it.
  const available = dataset.surfaces.filter((s) => profile.surfaces.includes(s.id));
  const runs = runsOf(days);
  runs.forEach((run, i) => {
    if (!profile.surfaces.includes(run.surface)) problems.push(`run on unavailable surface ${run.surface}`);
    const prev = runs[i - 1];
    if (prev && available.length >= 2 && prev.surface === run.surface) problems.push(`two runs in a row on ${run.surface}: ${prev.date}, ${run.date}`);
    if (available.length >= 3 && run.kind === 'long' && run.surface !== softest(available).id) {
      problems.push(`long run on ${run.surface}, not the softest: ${run.date}`);
    }
  });

  // Beginners' run-walk sessions move towards continuous running, never back (but in deload weeks).
  if (profile.level === 'beginner') {
    let lastShare = 0;
    plan.weeks.forEach((week, w) => {
      const run = runsOf(week.days)[0];
      if (!run?.intervals || week.deload) return;
      const { runSeconds, walkSeconds } = run.intervals;
      const share = runSeconds / (runSeconds + walkSeconds);
      if (share < lastShare) problems.push(`week ${w + 1} run-walk share falls to ${share.toFixed(2)}`);
      lastShare = share;
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
