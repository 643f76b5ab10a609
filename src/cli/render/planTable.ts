import chalk from 'chalk';
import type { Dataset } from '../../dataset/dataset.js';
import { addDays } from '../../engine/load.js';
import type { CheckIn } from '../../schema/log.js';
import type { Day, Phase, Plan, PlanRace, RoutinePlan, Week } from '../../schema/plan.js';
import { dateText } from './dates.js';
import { dim, heading, JOINT_WORDS, typeLabel, warn } from './style.js';
import { renderTable, type TableSpec } from './table.js';
import { fitText } from './text.js';
import { layoutFor } from './width.js';

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
    case 'race':
      return [day.title, `Warm-up ${day.warmup.minutes} min: ${day.warmup.activity}`, `Pacing: ${day.pacing}`, day.after];
  }
}

export function routineLine(label: string, routine: RoutinePlan): string {
  const drills = routine.drills.map((d) => `${d.name.toLowerCase()} ${d.dose}`).join(', ');
  return `${label} (${routine.minutes} min): ${routine.activity}${drills ? `; ${drills}` : ''}`;
}

/** How a day before today went, from the log. */
export type Progress = 'done' | 'partly' | 'skipped' | 'missed';

/**
 * A day that is over: its check-in's status, or missed when a run or strength session
 * has none. Rest and recovery days without a check-in, and today and later, have no mark;
 * nor have days before the first check-in (a runner who started logging on Tuesday
 * missed nothing on Monday, and one who keeps no log has missed nothing at all).
 */
export function dayProgress(day: Day, checkIns: readonly CheckIn[], today: string): Progress | undefined {
  return progressMarks(checkIns, today)(day);
}

/**
 * dayProgress for many days of one log: the check-ins are looked up by date, indexed when
 * a day that is over first asks, rather than searched through for every day.
 */
function progressMarks(checkIns: readonly CheckIn[], today: string): (day: Day) => Progress | undefined {
  let byDate: Map<string, CheckIn> | undefined;
  let firstLogged = '';
  return (day) => {
    if (day.date >= today || checkIns.length === 0) return undefined;
    if (!byDate) {
      byDate = new Map();
      firstLogged = checkIns[0]!.date;
      for (const c of checkIns) {
        // The first check-in of a date is the one that counts, as a search would find it.
        if (!byDate.has(c.date)) byDate.set(c.date, c);
        if (c.date < firstLogged) firstLogged = c.date;
      }
    }
    const checkIn = byDate.get(day.date);
    if (checkIn) return checkIn.status;
    const logging = firstLogged < day.date;
    return logging && (day.type === 'run' || day.type === 'strength') ? 'missed' : undefined;
  };
}

const PROGRESS_MARKS: Record<Progress, string> = {
  done: chalk.green('✓ done'),
  partly: chalk.yellow('◐ partly'),
  skipped: dim('– skipped'),
  missed: chalk.red('✗ missed'),
};

/** A phase as the week title says it. */
export const PHASE_WORDS: Record<Phase, string> = {
  foundation: 'foundation',
  build: 'build',
  peak: 'peak',
  taper: 'taper',
  race: 'race week',
  recovery: 'recovery',
  base: 'base',
};

/** The race a plan builds toward, in a line: "Half marathon on Sun 14 Mar 2027". */
export function raceLine(race: PlanRace): string {
  return `${race.name.charAt(0).toUpperCase()}${race.name.slice(1)} on ${dateText(race.date, 'ccc d LLL yyyy')}`;
}

function weekTitle(week: Week): string {
  const range = `${dateText(week.start, 'd LLL')} – ${dateText(addDays(week.start, 6), 'd LLL yyyy')}`;
  const phase = week.phase ? ` · ${PHASE_WORDS[week.phase]}` : '';
  return heading(`Week ${week.number} · ${range}${phase}`) + (week.deload ? `  ${warn('lighter week (deload)')}` : '');
}

function weekSummary(week: Week, dataset: Dataset): string {
  const s = week.summary;
  const surfaces = s.surfaces.map((id) => surfaceName(id, dataset).toLowerCase()).join(', ') || 'none';
  const joints = s.joints.map((j) => JOINT_WORDS[j]).join(', ') || 'none';
  const runWalk = week.days.some((d) => d.type === 'run' && d.kind === 'runWalk');
  return dim(`${runWalk ? 'Run-walk' : 'Run'} ${s.runMinutes} min · ${s.hardDays} hard day${s.hardDays === 1 ? '' : 's'} · surfaces: ${surfaces} · strength: ${joints}`);
}

/** What the runner's log says so far, to mark the days that are over. */
export interface PlanProgress {
  checkIns: readonly CheckIn[];
  today: string;
}

/** How each day that is over went, by its date. */
type Marks = (day: Day) => Progress | undefined;

function dayCell(day: Day, marks?: Marks): string {
  const mark = marks?.(day);
  return [dateText(day.date, 'ccc d LLL'), ...(mark ? [PROGRESS_MARKS[mark]] : [])].join('\n');
}

const whatLines = (day: Day) => [...describeSession(day), ...day.adjustments.map((a) => warn(`↳ ${a}`)), ...day.notes.map((n) => dim(n))];

/** A week as a table: five columns when wide; when narrower the surface and warm-up move into the other cells. */
function weekTable(week: Week, columns: number, marks?: Marks): TableSpec {
  if (layoutFor(columns) === 'wide') {
    return {
      columns: [{ head: 'Day' }, { head: 'Session' }, { head: 'What', label: '', min: 24 }, { head: 'Surface' }, { head: 'Warm-up / cool-down' }],
      rows: week.days.map((day) => [
        dayCell(day, marks),
        typeLabel(day),
        whatLines(day).join('\n'),
        day.type === 'run' ? surfaceLabel(day.surface) : '',
        day.type === 'run' ? `${day.warmup.minutes} min before\n${day.cooldown.minutes} min after` : '',
      ]),
      title: 2,
    };
  }
  return {
    columns: [{ head: 'Day' }, { head: 'Session' }, { head: 'What', label: '', min: 24 }],
    rows: week.days.map((day) => [
      dayCell(day, marks),
      [typeLabel(day), ...(day.type === 'run' ? [surfaceLabel(day.surface)] : [])].join('\n'),
      [...whatLines(day), ...(day.type === 'run' ? [dim(`Warm-up ${day.warmup.minutes} min, cool-down ${day.cooldown.minutes} min`)] : [])].join('\n'),
    ]),
    title: 2,
  };
}

function renderWeek(week: Week, dataset: Dataset, columns: number, marks?: Marks): string {
  return [fitText(weekTitle(week), columns), renderTable(weekTable(week, columns, marks), columns), fitText(weekSummary(week, dataset), columns)].join('\n');
}

/** The plan, week by week, fitted to `columns`; days that are over are marked from the log when `progress` is given. */
export function renderPlan(plan: Plan, dataset: Dataset, columns: number, progress?: PlanProgress): string {
  const marks = progress && progressMarks(progress.checkIns, progress.today);
  const parts = plan.weeks.map((week) => renderWeek(week, dataset, columns, marks));
  if (plan.race) parts.unshift(fitText(heading(`Toward a race: ${raceLine(plan.race)}`), columns));
  const firstRun = plan.weeks.flatMap((w) => w.days).find((d) => d.type === 'run');
  if (firstRun?.type === 'run') {
    parts.push(fitText([routineLine('Warm-up before every run', firstRun.warmup), routineLine('Cool-down after every run', firstRun.cooldown)].join('\n'), columns));
  }
  parts.push(...plan.notes.map((n) => fitText(warn(n), columns)));
  return parts.join('\n\n');
}
