// One file's bytes to activities: unzipped when gzipped (as in a Strava bulk export),
// then read by its format. Pure apart from the parsers: no disk, no clock.
import { gunzipSync } from 'node:zlib';
import type { ActivitySport } from '../schema/constants.js';
import { FileProblem, placeActivity, type DatedActivity, type Recorded } from './activity.js';
import { readFit } from './fit.js';
import { readGpx, readTcx } from './xml.js';

/** No activity file comes near this once unzipped; a bigger one is refused rather than read into memory. */
const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

const FORMATS = { fit: 'FIT', gpx: 'GPX', tcx: 'TCX' } as const;
type Format = keyof typeof FORMATS;

/** The format of a file by its name (`run.fit`, `run.gpx.gz`), or undefined for any other file. */
export function formatOf(name: string): { format: Format; gzipped: boolean } | undefined {
  const match = /\.(fit|gpx|tcx)(\.gz)?$/i.exec(name);
  return match ? { format: match[1]!.toLowerCase() as Format, gzipped: match[2] !== undefined } : undefined;
}

export interface FileActivities {
  activities: DatedActivity[];
  /** Sessions in the file that are not imported, with the reason (a sport durable does not plan for). */
  skipped: string[];
}

export interface ReadOptions {
  /** The runner's time zone: an activity's day is the day it started there. */
  zone: string;
  /** Now, in milliseconds: an activity that starts later is a problem with the file. */
  now: number;
  /** The sport of files that do not say (a GPX from Apple Health). */
  sport?: ActivitySport;
}

function unzip(bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_UNZIPPED_BYTES });
  } catch {
    throw new FileProblem('is not a readable gzip file (cut short or damaged)');
  }
}

/** The activities in one file. Throws a FileProblem, naming what is wrong, for a file that cannot be read. */
export function activitiesInFile(name: string, bytes: Uint8Array, options: ReadOptions): FileActivities {
  const kind = formatOf(name);
  if (!kind) throw new FileProblem('is not a FIT, GPX or TCX file');
  const content = kind.gzipped ? unzip(bytes) : bytes;
  let recorded: Recorded[];
  if (kind.format === 'fit') recorded = readFit(content);
  else {
    const text = new TextDecoder('utf-8').decode(content);
    recorded = kind.format === 'gpx' ? readGpx(text) : readTcx(text);
  }
  const result: FileActivities = { activities: [], skipped: [] };
  if (!recorded.length) result.skipped.push(`no activity in this ${FORMATS[kind.format]} file`);
  for (const session of recorded) {
    const placed = placeActivity(session, options.zone, options.now, options.sport);
    if ('activity' in placed) result.activities.push(placed.activity);
    else result.skipped.push(placed.skipped);
  }
  return result;
}
