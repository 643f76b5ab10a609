import chalk from 'chalk';
import { PAIN_SITES } from '../../schema/constants.js';
import type { CheckIn } from '../../schema/log.js';
import type { Units } from '../../schema/constants.js';
import { dateText } from './dates.js';
import { distanceText, effortText } from './figures.js';
import { safeText } from './safeText.js';
import { dim } from './style.js';
import { renderTable } from './table.js';
import { layoutFor } from './width.js';

/** "knee L 3, ankle R 1", or a dim "none". */
export function painSummary(checkIn: CheckIn): string {
  if (checkIn.notRecorded?.includes('pain')) return dim('not recorded');
  const sore = PAIN_SITES.filter((site) => (checkIn.pain[site] ?? 0) > 0).map((site) => {
    const [joint, side] = site.split('-');
    const level = checkIn.pain[site]!;
    const text = `${joint} ${side![0]!.toUpperCase()} ${level}`;
    return level > 5 ? chalk.red(text) : level > 2 ? chalk.yellow(text) : text;
  });
  return sore.join(', ') || dim('none');
}

const STATUS: Record<CheckIn['status'], string> = { done: chalk.green('done'), partly: chalk.yellow('partly'), skipped: dim('skipped') };

/** What the day was: the plan's session, else the imported activities' sports, else "session". */
const sessionName = (c: CheckIn): string => c.planned ?? ([...new Set(c.activities?.map((a) => a.sport))].join(' + ') || 'session');

/** "42 min, 8.0 km, effort 5/10". */
const figures = (c: CheckIn, units?: Units): string => [`${c.minutes} min`, distanceText(c.distanceMetres, units), effortText(c)].filter(Boolean).join(', ');

/** One check-in on one line, for questions and messages. */
export function checkInLine(c: CheckIn, units?: Units): string {
  const did = c.status === 'skipped' ? 'skipped' : `${c.status}, ${figures(c, units)}`;
  return `${c.date}: ${sessionName(c)} ${did}; pain: ${painSummary(c)}${c.note ? `; "${safeText(c.note, { oneLine: true })}"` : ''}`;
}

/** The check-ins as a table: a column per field when wide, the session in one cell when narrower. */
export function renderLog(checkIns: readonly CheckIn[], columns: number, units?: Units): string {
  const date = (c: CheckIn) => dateText(c.date, 'ccc d LLL yyyy');
  const withDistance = checkIns.some((c) => c.distanceMetres !== undefined);
  if (layoutFor(columns) === 'wide') {
    return renderTable(
      {
        columns: [
          { head: 'Date' },
          { head: 'Planned' },
          { head: 'Status' },
          { head: 'Min' },
          ...(withDistance ? [{ head: units ?? 'km' }] : []),
          { head: 'Effort' },
          { head: 'Surface' },
          { head: 'Pain' },
          { head: 'Note', min: 16 },
        ],
        rows: checkIns.map((c) => [
          date(c),
          sessionName(c),
          STATUS[c.status],
          String(c.minutes),
          ...(withDistance ? [distanceText(c.distanceMetres, units).replace(/ (km|mi)$/, '')] : []),
          c.rpe === undefined ? dim('–') : `${c.rpe}/10`,
          c.surface ?? '',
          painSummary(c),
          safeText(c.note ?? ''),
        ]),
      },
      columns,
    );
  }
  return renderTable(
    {
      columns: [{ head: 'Date' }, { head: 'Session' }, { head: 'Pain' }, { head: 'Note', min: 12 }],
      rows: checkIns.map((c) => [
        date(c),
        [`${sessionName(c)}: ${STATUS[c.status]}`, ...(c.status === 'skipped' ? [] : [figures(c, units)]), ...(c.surface ? [c.surface] : [])].join('\n'),
        painSummary(c),
        safeText(c.note ?? ''),
      ]),
    },
    columns,
  );
}

/** What `log` and `history` say before the first check-in. */
export const NO_CHECK_INS = 'No check-ins yet. After a session, `durable checkin` records how it went and how your joints feel.';
