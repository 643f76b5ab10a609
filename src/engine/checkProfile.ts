import { IANAZone } from 'luxon';
import type { Dataset } from '../dataset/dataset.js';
import { UserError } from '../errors.js';
import type { Profile } from '../schema/profile.js';
import { distanceName, distanceRules, raceRules } from './race.js';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** A race the profile's level and run days can train for. */
function checkRaceGoal(profile: Profile, dataset: Dataset): void {
  const race = raceRules(dataset.rules);
  const goal = profile.race!;
  const d = distanceRules(goal.distance, race);
  const name = distanceName(goal.distance);
  if (profile.level === 'beginner' && !race.beginnerDistances.includes(goal.distance)) {
    throw new UserError(`new runners train for a ${race.beginnerDistances.map(distanceName).join(' or ')} first; for a ${name}, run 30 minutes comfortably and plan with --level intermediate`, { field: 'race' });
  }
  if (profile.runDays < d.minRunDays) {
    throw new UserError(`a ${name} needs ${d.minRunDays} runs a week or more, not ${profile.runDays}; add --run-days ${d.minRunDays}, or choose a shorter race`, { field: 'race' });
  }
}

/** Refuse requests no sound plan can meet, saying what would work instead. */
export function checkProfile(profile: Profile, dataset: Dataset): void {
  const level = dataset.rules.levels[profile.level];
  const inRange = (value: number, range: { min: number; max: number }) => value >= range.min && value <= range.max;
  if (!inRange(profile.runDays, level.runDays)) {
    throw new UserError(`${profile.level} runners run ${level.runDays.min} to ${level.runDays.max} days a week, not ${profile.runDays}`, { field: 'runDays' });
  }
  if (!inRange(profile.strengthDays, level.strengthDays)) {
    throw new UserError(
      `plan ${level.strengthDays.min} to ${level.strengthDays.max} strength days a week for ankles, knees and hips, not ${profile.strengthDays}`,
      { field: 'strengthDays' },
    );
  }
  if (profile.runDays + profile.strengthDays > 6) {
    throw new UserError(
      `${days(profile.runDays)} of running and ${days(profile.strengthDays)} of strength leave no rest or recovery day; together they can be 6 at most`,
      { field: 'strengthDays' },
    );
  }
  if (profile.surfaces.length === 0) throw new UserError('name at least one surface you can run on', { field: 'surfaces' });
  const surfaces = new Set(dataset.surfaces.map((s) => s.id));
  const unknownSurface = profile.surfaces.find((s) => !surfaces.has(s));
  if (unknownSurface !== undefined) {
    throw new UserError(`unknown surface "${unknownSurface}"; known surfaces: ${[...surfaces].join(', ')}`, { field: 'surfaces' });
  }
  const equipment = new Set(dataset.equipment.map((e) => e.id));
  const unknownEquipment = profile.equipment.find((e) => !equipment.has(e));
  if (unknownEquipment !== undefined) {
    throw new UserError(`unknown equipment "${unknownEquipment}"; known equipment: ${[...equipment].join(', ')}`, { field: 'equipment' });
  }
  if (profile.race) checkRaceGoal(profile, dataset);
  if (profile.timezone !== undefined && !IANAZone.isValidZone(profile.timezone)) {
    throw new UserError(`unknown time zone "${profile.timezone}"; use an IANA name such as Europe/Berlin or America/New_York`, { field: 'timezone' });
  }
}
