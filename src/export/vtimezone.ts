import { DateTime } from 'luxon';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function offsetAt(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/** The instant (to the minute) in (from, to] where the zone's offset changes; one change assumed. */
function findChange(from: number, to: number, zone: string): number {
  const before = offsetAt(from, zone);
  let low = from;
  let high = to;
  while (high - low > 60_000) {
    const mid = low + Math.floor((high - low) / 120_000) * 60_000;
    if (offsetAt(mid, zone) === before) low = mid;
    else high = mid;
  }
  return high;
}

const formatOffset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

function observance(at: DateTime, from: number, to: number): string[] {
  const kind = at.isInDST ? 'DAYLIGHT' : 'STANDARD';
  // DTSTART of an observance is the local time just before the change, in the old offset.
  const local = DateTime.fromMillis(at.toMillis(), { zone: 'UTC' }).plus({ minutes: from });
  return [
    `BEGIN:${kind}`,
    `DTSTART:${local.toFormat("yyyyLLdd'T'HHmmss")}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    `TZNAME:${at.offsetNameShort ?? formatOffset(to)}`,
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE for `zone` that is exact between `from` and `to`: the offset in force at
 * the start, then every change in between, as the platform's time-zone data has them.
 * Published VTIMEZONE sets carry yearly rules that go stale when a country changes
 * its clocks (Brazil dropped daylight saving in 2019); this never does.
 */
export function vtimezone(zone: string, from: DateTime, to: DateTime): string {
  const start = from.toMillis() - DAY;
  const end = to.toMillis() + 2 * DAY;
  const first = DateTime.fromMillis(start, { zone });
  // The first observance states the offset in force when the range starts.
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observance(first, first.offset, first.offset)];
  for (let t = start; t < end; t += DAY) {
    const a = offsetAt(t, zone);
    const b = offsetAt(Math.min(t + DAY, end), zone);
    if (a === b) continue;
    const change = findChange(t, Math.min(t + DAY, end), zone);
    lines.push(...observance(DateTime.fromMillis(change, { zone }), a, b));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
