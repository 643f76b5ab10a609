// GPX and TCX files (Garmin Connect, Strava, Apple Health exports, phone apps), read with
// @xmldom/xmldom: a few elements of each format are all a check-in needs.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { FileProblem, type Recorded } from './activity.js';

/** Points further apart than this were recorded around a pause: the gap is not moving time. */
const PAUSE_SECONDS = 60;
/** Slower than this (1.8 km/h, well under a walk) between two points is standing still. */
const MOVING_METRES_PER_SECOND = 0.5;
const EARTH_RADIUS_METRES = 6_371_000;

function parseXml(text: string, kind: string): Element {
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text.replace(/^\uFEFF?\s+/, '').replace(/^\uFEFF/, ''), 'text/xml');
    const root = doc.documentElement;
    if (!root) throw new Error('no root element');
    return root;
  } catch {
    throw new FileProblem(`is not a readable ${kind} file (its XML is broken or it is something else)`);
  }
}

/** Child elements by local name, whatever the namespace prefix (Garmin writes `ns3:`, Strava `gpxtpx:`). */
function children(parent: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name) found.push(node as Element);
  }
  return found;
}

/** Every element below `parent` with this local name. */
const descendants = (parent: Element, name: string): Element[] => Array.from(parent.getElementsByTagNameNS('*', name));

const textOf = (element: Element | undefined): string | undefined => element?.textContent?.trim() || undefined;
const numberOf = (element: Element | undefined): number | undefined => {
  const value = Number(textOf(element));
  return textOf(element) !== undefined && Number.isFinite(value) ? value : undefined;
};
const timeOf = (text: string | undefined): number => (text === undefined ? NaN : Date.parse(text));

function metresBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

const average = (values: number[]): number | undefined => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined);

interface Point {
  time: number;
  lat: number;
  lon: number;
}

/** A GPX track: one activity, its moving time and distance worked out from the points. */
export function readGpx(text: string): Recorded[] {
  const root = parseXml(text, 'GPX');
  if (root.localName !== 'gpx') throw new FileProblem('is not a GPX file, though its name ends in .gpx');
  const tracks = children(root, 'trk');
  if (!tracks.length) return [];
  let seconds = 0;
  let metres = 0;
  let start = NaN;
  let located = false;
  for (const segment of tracks.flatMap((t) => children(t, 'trkseg'))) {
    let previous: Point | undefined;
    for (const point of children(segment, 'trkpt')) {
      const time = timeOf(textOf(children(point, 'time')[0]));
      if (!Number.isFinite(time)) continue;
      const here = { time, lat: Number(point.getAttribute('lat')), lon: Number(point.getAttribute('lon')) };
      start = Number.isFinite(start) ? Math.min(start, time) : time;
      if (previous) {
        const dt = (time - previous.time) / 1000;
        const hasPlace = [here.lat, here.lon, previous.lat, previous.lon].every(Number.isFinite);
        const step = hasPlace ? metresBetween(previous, here) : 0;
        located ||= hasPlace;
        if (dt > 0 && dt <= PAUSE_SECONDS) {
          metres += step;
          if (!hasPlace || step / dt >= MOVING_METRES_PER_SECOND) seconds += dt;
        }
      }
      previous = here;
    }
  }
  if (!Number.isFinite(start)) throw new FileProblem('has no timestamps, so the day and minutes of the activity are unknown');
  const sport = textOf(children(tracks[0]!, 'type')[0]);
  const heartRate = average(descendants(root, 'hr').map(numberOf).filter((v): v is number => v !== undefined && v > 0));
  return [{ start, ...(sport ? { sport } : {}), seconds, ...(located ? { distanceMetres: metres } : {}), ...(heartRate === undefined ? {} : { heartRate }) }];
}

/** TCX activities: laps carry their own time, distance and average heart rate. */
export function readTcx(text: string): Recorded[] {
  const root = parseXml(text, 'TCX');
  if (root.localName !== 'TrainingCenterDatabase') throw new FileProblem('is not a TCX file, though its name ends in .tcx');
  return descendants(root, 'Activity').map((activity): Recorded => {
    const laps = children(activity, 'Lap');
    const start = timeOf(textOf(children(activity, 'Id')[0]) ?? laps[0]?.getAttribute('StartTime') ?? undefined);
    if (!Number.isFinite(start)) throw new FileProblem('has no timestamps, so the day and minutes of the activity are unknown');
    let seconds = 0;
    let metres: number | undefined;
    let beats = 0;
    let timed = 0;
    for (const lap of laps) {
      const lapSeconds = numberOf(children(lap, 'TotalTimeSeconds')[0]) ?? 0;
      seconds += lapSeconds;
      const distance = numberOf(children(lap, 'DistanceMeters')[0]);
      if (distance !== undefined) metres = (metres ?? 0) + distance;
      const heart = numberOf(children(children(lap, 'AverageHeartRateBpm')[0] ?? lap, 'Value')[0]);
      if (heart !== undefined && children(lap, 'AverageHeartRateBpm').length && lapSeconds > 0) {
        beats += heart * lapSeconds;
        timed += lapSeconds;
      }
    }
    const sport = activity.getAttribute('Sport') ?? undefined;
    return { start, ...(sport ? { sport } : {}), seconds, ...(metres === undefined ? {} : { distanceMetres: metres }), ...(timed ? { heartRate: beats / timed } : {}) };
  });
}
