import Table from 'cli-table3';
import { DateTime } from 'luxon';
import type { Dataset } from '../../dataset/dataset.js';
import type { Day, Plan, RoutinePlan, Week } from '../../schema/plan.js';
import { dim, heading, JOINT_WORDS, typeLabel, warn } from './style.js';

function surfaceName(id: string, dataset: Dataset): string {
  return dataset.surfaces.find((s) => s.id === id)?.name ?? id;
}

/** The surface id as a word for the narrow table column: "dirt", "pavement". */
const surfaceLabel = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ');

/** What the day is, in a few lines: the main set, or the exercises with their doses. */
export function describeSession(day: Day): string[] {
  switch (day.type) {
    case 'run':
      return [`${day.title}: ${day.mainSet}`];
    case 'strength':
      return [
        `Strength for ${[...new Set(day.exercises.flatMap((e) => e.joints))].map((j) => JOINT_WORDS[j]).join(', ')} (${day.minutes} min)`,
        ...day.exercises.map((e) => `• ${e.name}, ${e.levelName}: ${e.doseText}`),
      ];
    case 'recovery':
      return [`${day.activities.join(' ')}; mobility: ${day.mobility.map((d) => d.name.toLowerCase()).join(', ')}`];
    case 'rest':
      return [day.activity];
  }
}

export function routineLine(label: string, routine: RoutinePlan): string {
  const drills = routine.drills.map((d) => `${d.name.toLowerCase()} ${d.dose}`).join(', ');
  return `${label} (${routine.minutes} min): ${routine.activity}${drills ? `; ${drills}` : ''}`;
}

function weekTitle(week: Week): string {
  const first = DateTime.fromISO(week.start);
  const last = first.plus({ days: 6 });
  const range = `${first.toFormat('d LLL')} – ${last.toFormat('d LLL yyyy')}`;
  return heading(`Week ${week.number} · ${range}`) + (week.deload ? `  ${warn('lighter week (deload)')}` : '');
}

function weekSummary(week: Week, dataset: Dataset): string {
  const s = week.summary;
  const surfaces = s.surfaces.map((id) => surfaceName(id, dataset).toLowerCase()).join(', ') || 'none';
  const joints = s.joints.map((j) => JOINT_WORDS[j]).join(', ') || 'none';
  const runWalk = week.days.some((d) => d.type === 'run' && d.kind === 'runWalk');
  return dim(`${runWalk ? 'Run-walk' : 'Run'} ${s.runMinutes} min · ${s.hardDays} hard day${s.hardDays === 1 ? '' : 's'} · surfaces: ${surfaces} · strength: ${joints}`);
}

/** Width of the session column: whatever the terminal leaves after the fixed columns. */
function sessionWidth(columns: number): number {
  const fixed = 12 + 15 + 11 + 15 + 6; // day, session, surface, warm-up columns and borders
  return Math.max(30, Math.min(72, columns - fixed));
}

export function renderWeek(week: Week, dataset: Dataset, columns: number): string {
  const table = new Table({
    head: ['Day', 'Session', 'What', 'Surface', 'Warm-up / cool-down'].map((h) => heading(h)),
    colWidths: [12, 15, sessionWidth(columns), 11, 15],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const day of week.days) {
    const date = DateTime.fromISO(day.date);
    const what = [...describeSession(day), ...day.adjustments.map((a) => warn(`↳ ${a}`)), ...day.notes.map((n) => dim(n))];
    table.push([
      `${date.toFormat('ccc d LLL')}`,
      typeLabel(day),
      what.join('\n'),
      day.type === 'run' ? surfaceLabel(day.surface) : '',
      day.type === 'run' ? `${day.warmup.minutes} min before\n${day.cooldown.minutes} min after` : '',
    ]);
  }
  return [weekTitle(week), table.toString(), weekSummary(week, dataset)].join('\n');
}

export function renderPlan(plan: Plan, dataset: Dataset, columns = 100): string {
  const parts = plan.weeks.map((week) => renderWeek(week, dataset, columns));
  const firstRun = plan.weeks.flatMap((w) => w.days).find((d) => d.type === 'run');
  if (firstRun?.type === 'run') {
    parts.push([routineLine('Warm-up before every run', firstRun.warmup), routineLine('Cool-down after every run', firstRun.cooldown)].join('\n'));
  }
  parts.push(...plan.notes.map((n) => warn(n)));
  return parts.join('\n\n');
}
