import type { Joint } from '../../schema/constants.js';
import { dayNumber } from '../load.js';

// How reasons name things: in the runner's words, with the day they are about.

export const JOINT_NAMES: Record<Joint, string> = { ankle: 'Ankle', knee: 'Knee', hip: 'Hip' };

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sun 6 Dec". */
export const dayName = (isoDate: string): string =>
  `${WEEKDAY_NAMES[(dayNumber(isoDate) + 3) % 7]} ${Number(isoDate.slice(8, 10))} ${MONTH_NAMES[Number(isoDate.slice(5, 7)) - 1]}`;

/** "30 %". */
export const percent = (share: number): string => `${Math.round(share * 100)} %`;

/** "Knee pain 8/10 on Sun 6 Dec". */
export const painOn = (joint: Joint, value: number, date: string): string => `${JOINT_NAMES[joint]} pain ${value}/10 on ${dayName(date)}`;
