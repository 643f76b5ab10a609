import chalk from 'chalk';
import type { WeekHistory } from '../../engine/history.js';
import { JOINTS, type Units } from '../../schema/constants.js';
import type { Phase } from '../../schema/plan.js';
import { dateText } from './dates.js';
import { distanceText } from './figures.js';
import { PHASE_WORDS } from './planTable.js';
import { bar, sparkline } from './sparkline.js';
import { dim, heading, JOINT_WORDS } from './style.js';
import { renderTable, type Column } from './table.js';
import { fitText } from './text.js';
import { layoutFor } from './width.js';

/** A week of the history and how many check-ins it holds: a week with none has no data, shown blank. */
export interface HistoryWeek extends WeekHistory {
  checkIns: number;
  /** Toward a race: the week's phase. */
  phase?: Phase;
}

export interface LoadBand {
  high: number;
  low: number;
  /** The days the load ratio compares: the last `acuteDays` against the `chronicDays` average. */
  acuteDays: number;
  chronicDays: number;
}

function ratioText(ratio: number | null, { high, low }: LoadBand): string {
  if (ratio === null) return dim('–');
  const text = ratio.toFixed(2);
  return ratio > high ? chalk.yellow(`${text} ↑`) : ratio < low ? chalk.cyan(`${text} ↓`) : text;
}

function painText(value: number): string {
  if (value === 0) return dim('0');
  return value > 5 ? chalk.red(String(value)) : value > 2 ? chalk.yellow(String(value)) : String(value);
}

/** The weeks as a table (the load bar only when wide), then sparklines of the latest weeks that fit. */
export function renderHistory(weeks: readonly HistoryWeek[], band: LoadBand, columns: number, units: Units = 'km'): string {
  const wide = layoutFor(columns) === 'wide';
  // Distance only once some run has one (imported from a watch or app).
  const withDistance = weeks.some((w) => w.runDistanceMetres > 0);
  const distance = (w: HistoryWeek) => (withDistance ? [w.checkIns && w.runDistanceMetres ? distanceText(w.runDistanceMetres, units).replace(/ (km|mi)$/, '') : ''] : []);
  const maxLoad = Math.max(0, ...weeks.map((w) => w.load));
  const phased = weeks.some((w) => w.phase);
  const rows = weeks.map((w) => {
    const week = dateText(w.start, 'd LLL yyyy') + (phased && w.phase ? `\n${dim(PHASE_WORDS[w.phase])}` : '');
    if (!w.checkIns) return [week, '', '', ...distance(w), '', ...(wide ? [''] : []), ratioText(w.ratio, band), ...JOINTS.map(() => '')];
    const sessions = `${w.done + w.partly}/${w.planned}${w.partly ? dim(` (${w.partly} partly)`) : ''}`;
    return [week, sessions, String(w.runMinutes), ...distance(w), String(w.load), ...(wide ? [bar(w.load, maxLoad)] : []), ratioText(w.ratio, band), ...JOINTS.map((j) => painText(w.pain[j]))];
  });
  const head: Column[] = [
    // A date is never split over two lines.
    { head: 'Week of', min: 11 },
    { head: 'Sessions' },
    { head: 'Run min' },
    ...(withDistance ? [{ head: `Run ${units}` }] : []),
    { head: 'Load' },
    ...(wide ? [{ head: '', label: '' }] : []),
    { head: 'Load ratio' },
    ...JOINTS.map((j) => ({ head: JOINT_WORDS[j], label: `${JOINT_WORDS[j]}, worst pain` })),
  ];
  // One character a week: as many of the latest weeks as the line has room for.
  const shown = weeks.slice(-Math.max(1, columns - 7));
  const data = (value: (w: HistoryWeek) => number) => shown.map((w) => (w.checkIns ? value(w) : null));
  return [
    renderTable({ columns: head, rows }, columns),
    `${heading('Load'.padEnd(6))} ${sparkline(data((w) => w.load))}`,
    ...JOINTS.map((j) => `${heading(JOINT_WORDS[j].padEnd(6))} ${sparkline(data((w) => w.pain[j]), 10)}`),
    fitText(dim(`Sparklines: one week a character, pain 0-10. Load = effort (0-10) x minutes. Load ratio = last ${band.acuteDays} days against the ${band.chronicDays}-day average; outside ${band.low}-${band.high} is a warning sign, not a verdict. Blank: no check-ins that week.`), columns),
  ].join('\n');
}
