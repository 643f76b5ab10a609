import type { Units } from '../../schema/constants.js';
import type { CheckIn } from '../../schema/log.js';

const METRES_PER_MILE = 1609.344;

/** "8.0 km" or "5.0 mi", as the profile says (km when it says nothing); '' for no distance. */
export function distanceText(metres: number | undefined, units: Units = 'km'): string {
  if (metres === undefined) return '';
  return units === 'mi' ? `${(metres / METRES_PER_MILE).toFixed(1)} mi` : `${(metres / 1000).toFixed(1)} km`;
}

/** "effort 5/10", or "effort not recorded" for an imported activity. */
export const effortText = (c: CheckIn): string => (c.rpe === undefined ? 'effort not recorded' : `effort ${c.rpe}/10`);
