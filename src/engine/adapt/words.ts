import { DateTime } from 'luxon';
import type { Joint } from '../../schema/constants.js';

// How reasons name things: in the runner's words, with the day they are about.

export const JOINT_NAMES: Record<Joint, string> = { ankle: 'Ankle', knee: 'Knee', hip: 'Hip' };

/** "Sun 6 Dec". */
export const dayName = (isoDate: string): string => DateTime.fromISO(isoDate, { zone: 'utc', locale: 'en' }).toFormat('ccc d LLL');

/** "30 %". */
export const percent = (share: number): string => `${Math.round(share * 100)} %`;

/** "Knee pain 8/10 on Sun 6 Dec". */
export const painOn = (joint: Joint, value: number, date: string): string => `${JOINT_NAMES[joint]} pain ${value}/10 on ${dayName(date)}`;
