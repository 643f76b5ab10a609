// FIT files (Garmin, Coros, Suunto, Wahoo, Polar...) through fit-file-parser (MIT), which
// checks the header and the file's CRC: a truncated or damaged file is refused whole.
import FitParser from 'fit-file-parser';
import { FileProblem, type Recorded } from './activity.js';

/** The parser's own messages, as a runner would read them. */
const PROBLEMS: [RegExp, string][] = [
  [/exceeds input length|CRC missing|too? small/i, 'is cut short (a truncated FIT file); copy it from the watch again'],
  [/CRC mismatch/i, 'is damaged (its FIT checksum does not match); copy it from the watch again'],
  [/header size|Missing '\.FIT'/i, 'is not a FIT file, though its name ends in .fit'],
];

const problem = (message: string) => new FileProblem(PROBLEMS.find(([pattern]) => pattern.test(message))?.[1] ?? `cannot be read as a FIT file (${message})`);

/** The sessions of a FIT activity file; none for a FIT file that holds no activity (settings, daily monitoring). */
export function readFit(bytes: Uint8Array): Recorded[] {
  let error: string | undefined;
  let parsed: Awaited<ReturnType<FitParser['parseAsync']>> | undefined;
  try {
    // The parser calls back before it returns.
    new FitParser({ force: false, mode: 'list', lengthUnit: 'm', speedUnit: 'm/s' }).parse(Buffer.from(bytes), (e, data) => {
      error = e;
      parsed = data;
    });
  } catch (thrown) {
    throw problem(thrown instanceof Error ? thrown.message : String(thrown));
  }
  if (error !== undefined || !parsed) throw problem(error ?? 'no data');
  return (parsed.sessions ?? []).map((s): Recorded => {
    const start = s.start_time instanceof Date ? s.start_time.getTime() : NaN;
    const seconds = typeof s.total_timer_time === 'number' ? s.total_timer_time : typeof s.total_elapsed_time === 'number' ? s.total_elapsed_time : 0;
    return {
      start,
      ...(typeof s.sport === 'string' ? { sport: s.sport } : {}),
      ...(typeof s.sub_sport === 'string' ? { subSport: s.sub_sport } : {}),
      seconds,
      ...(typeof s.total_distance === 'number' && Number.isFinite(s.total_distance) ? { distanceMetres: s.total_distance } : {}),
      ...(typeof s.avg_heart_rate === 'number' ? { heartRate: s.avg_heart_rate } : {}),
    };
  });
}
