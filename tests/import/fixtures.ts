// Activity files in their real formats, made by the tests: FIT written with the parser
// library's own encoder (valid header and CRC), GPX and TCX as Garmin Connect and Strava
// write them, gzipped copies, and broken ones.
import { gzipSync } from 'node:zlib';
import { FitBaseType as T, FitEncoder } from 'fit-file-parser';

export interface Session {
  /** ISO start time with its offset, e.g. 2026-11-23T06:12:05Z. */
  start: string;
  /** Moving seconds. */
  seconds: number;
  metres?: number;
  heartRate?: number;
}

/** FIT sport and sub-sport numbers (FIT profile): running 1, cycling 2, swimming 5, training 10, walking 11; treadmill 1, street 2, trail 3, track 4. */
export const FIT_SPORT = { running: 1, cycling: 2, swimming: 5, training: 10, walking: 11 } as const;
export const FIT_SUB_SPORT = { generic: 0, treadmill: 1, street: 2, trail: 3, track: 4 } as const;

/** A FIT activity file with one session per entry (a multisport file when more than one). */
export function fitFile(sessions: (Session & { sport?: number; subSport?: number })[]): Uint8Array {
  const encoder = new FitEncoder();
  const first = new Date(sessions[0]!.start);
  encoder.writeMessage(0, [
    { number: 0, size: 1, baseType: T.Enum, value: 4 }, // type: activity
    { number: 4, size: 4, baseType: T.Uint32, value: FitEncoder.toFitTimestamp(first) },
  ]);
  for (const s of sessions) {
    const start = new Date(s.start);
    encoder.writeMessage(18, [
      { number: 253, size: 4, baseType: T.Uint32, value: FitEncoder.toFitTimestamp(new Date(start.getTime() + s.seconds * 1000)) },
      { number: 2, size: 4, baseType: T.Uint32, value: FitEncoder.toFitTimestamp(start) },
      { number: 5, size: 1, baseType: T.Enum, value: s.sport ?? FIT_SPORT.running },
      { number: 6, size: 1, baseType: T.Enum, value: s.subSport ?? FIT_SUB_SPORT.generic },
      { number: 7, size: 4, baseType: T.Uint32, value: Math.round(s.seconds * 1000) + 60_000 }, // elapsed: a minute of pauses
      { number: 8, size: 4, baseType: T.Uint32, value: Math.round(s.seconds * 1000) },
      ...(s.metres === undefined ? [] : [{ number: 9, size: 4, baseType: T.Uint32, value: Math.round(s.metres * 100) }]),
      ...(s.heartRate === undefined ? [] : [{ number: 16, size: 1, baseType: T.Uint8, value: s.heartRate }]),
    ]);
  }
  return encoder.close();
}

/** A FIT file that holds no activity (a settings file, as in a Garmin export). */
export function fitWithoutActivity(): Uint8Array {
  return new FitEncoder().writeMessage(0, [{ number: 0, size: 1, baseType: T.Enum, value: 2 }]).close();
}

/** Points every 10 s along a line heading north at the pace that covers `metres` in `seconds`. */
function track(s: Session): { time: string; lat: number; lon: number; hr?: number }[] {
  const steps = Math.max(1, Math.round(s.seconds / 10));
  const start = new Date(s.start).getTime();
  const degrees = (s.metres ?? 0) / 111_195; // metres per degree of latitude
  return Array.from({ length: steps + 1 }, (_, i) => ({
    time: new Date(start + i * 10_000).toISOString().replace('.000Z', 'Z'),
    lat: 52.5 + (degrees * i) / steps,
    lon: 13.4,
    ...(s.heartRate === undefined ? {} : { hr: s.heartRate }),
  }));
}

/** GPX as Garmin Connect exports it: `ns3:` heart rate extensions, `<type>running</type>`. */
export function garminGpx(s: Session, type: string | null = 'running'): string {
  const points = track(s)
    .map((p) => `      <trkpt lat="${p.lat}" lon="${p.lon}">\n        <ele>34.2</ele>\n        <time>${p.time.replace('Z', '.000Z')}</time>${p.hr ? `\n        <extensions>\n          <ns3:TrackPointExtension>\n            <ns3:hr>${p.hr}</ns3:hr>\n          </ns3:TrackPointExtension>\n        </extensions>` : ''}\n      </trkpt>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="Garmin Connect" version="1.1" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/11.xsd" xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns2="http://www.garmin.com/xmlschemas/GpxExtensions/v3">
  <metadata>
    <link href="connect.garmin.com">
      <text>Garmin Connect</text>
    </link>
    <time>${s.start}</time>
  </metadata>
  <trk>
    <name>Berlin Running</name>
    ${type === null ? '' : `<type>${type}</type>`}
    <trkseg>
${points}
    </trkseg>
  </trk>
</gpx>
`;
}

/** GPX as Strava exports it: `gpxtpx:` extensions and a numeric type (9 is a run). */
export function stravaGpx(s: Session, type = '9'): string {
  const points = track(s)
    .map((p) => `   <trkpt lat="${p.lat.toFixed(7)}" lon="${p.lon.toFixed(7)}">\n    <ele>34.2</ele>\n    <time>${p.time}</time>${p.hr ? `\n    <extensions>\n     <gpxtpx:TrackPointExtension>\n      <gpxtpx:hr>${p.hr}</gpxtpx:hr>\n     </gpxtpx:TrackPointExtension>\n    </extensions>` : ''}\n   </trkpt>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="StravaGPX" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd http://www.garmin.com/xmlschemas/GpxExtensions/v3 http://www.garmin.com/xmlschemas/GpxExtensionsv3.xsd http://www.garmin.com/xmlschemas/TrackPointExtension/v1 http://www.garmin.com/xmlschemas/TrackPointExtensionv1.xsd" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" xmlns:gpxx="http://www.garmin.com/xmlschemas/GpxExtensions/v3">
 <metadata>
  <time>${s.start}</time>
 </metadata>
 <trk>
  <name>Morning Run</name>
  <type>${type}</type>
  <trkseg>
${points}
  </trkseg>
 </trk>
</gpx>
`;
}

/** TCX as Garmin Connect exports it: laps with totals and an average heart rate. */
export function garminTcx(s: Session, sport = 'Running'): string {
  const start = s.start.replace('Z', '.000Z');
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase
  xsi:schemaLocation="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2 http://www.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd"
  xmlns:ns5="http://www.garmin.com/xmlschemas/ActivityGoals/v1"
  xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2"
  xmlns:ns2="http://www.garmin.com/xmlschemas/UserProfile/v2"
  xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Activities>
    <Activity Sport="${sport}">
      <Id>${start}</Id>
      <Lap StartTime="${start}">
        <TotalTimeSeconds>${s.seconds / 2}</TotalTimeSeconds>
        ${s.metres === undefined ? '' : `<DistanceMeters>${s.metres / 2}</DistanceMeters>`}
        <MaximumSpeed>3.5</MaximumSpeed>
        <Calories>250</Calories>
        ${s.heartRate === undefined ? '' : `<AverageHeartRateBpm>\n          <Value>${s.heartRate - 5}</Value>\n        </AverageHeartRateBpm>`}
        <Intensity>Active</Intensity>
        <TriggerMethod>Manual</TriggerMethod>
      </Lap>
      <Lap StartTime="${new Date(new Date(s.start).getTime() + (s.seconds / 2) * 1000).toISOString()}">
        <TotalTimeSeconds>${s.seconds / 2}</TotalTimeSeconds>
        ${s.metres === undefined ? '' : `<DistanceMeters>${s.metres / 2}</DistanceMeters>`}
        ${s.heartRate === undefined ? '' : `<AverageHeartRateBpm>\n          <Value>${s.heartRate + 5}</Value>\n        </AverageHeartRateBpm>`}
        <Intensity>Active</Intensity>
        <TriggerMethod>Manual</TriggerMethod>
      </Lap>
      <Creator xsi:type="Device_t">
        <Name>Forerunner 255</Name>
      </Creator>
    </Activity>
  </Activities>
</TrainingCenterDatabase>
`;
}

/** TCX as Strava writes it: one lap, no namespace prefixes, a leading blank line. */
export function stravaTcx(s: Session, sport = 'Running'): string {
  return `
<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <Activities>
  <Activity Sport="${sport}">
   <Id>${s.start}</Id>
   <Lap StartTime="${s.start}">
    <TotalTimeSeconds>${s.seconds}</TotalTimeSeconds>
    ${s.metres === undefined ? '' : `<DistanceMeters>${s.metres}</DistanceMeters>`}
    ${s.heartRate === undefined ? '' : `<AverageHeartRateBpm><Value>${s.heartRate}</Value></AverageHeartRateBpm>`}
    <Track>
     <Trackpoint><Time>${s.start}</Time><DistanceMeters>0</DistanceMeters></Trackpoint>
    </Track>
   </Lap>
  </Activity>
 </Activities>
</TrainingCenterDatabase>
`;
}

export const gzip = (content: string | Uint8Array): Uint8Array => gzipSync(typeof content === 'string' ? Buffer.from(content) : content);
