// Paces, when the runner gives one: an approximate distance for each run, target paces for
// the hard parts of quality sessions, and a predicted race time. Applied to a finished
// (adapted) plan, so that shortened runs show shortened distances.
import type { Rules } from '../schema/rules.js';
import type { Day, Plan } from '../schema/plan.js';
import type { Profile } from '../schema/profile.js';
import { RECENT_RACE, type Units } from '../schema/constants.js';
import { distanceKm, raceRules } from './race.js';

const KM_PER_MILE = 1.609344;

/** Seconds in "m:ss" or "h:mm:ss". */
export function clockSeconds(text: string): number {
  return text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
}

const mmss = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
const hmmss = (seconds: number) => {
  const s = Math.round(seconds);
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

export interface Paces {
  units: Units;
  /** Seconds per km. */
  easy: number;
  tempo: number;
  fartlek: number;
  intervals: number;
  /** Predicted seconds for a distance in km, when a recent race is known. */
  predict?: (km: number) => number;
}

/** The runner's paces from a recent race (Riegel, then Daniels' factors) or their easy pace; undefined without either. */
export function pacesOf(profile: Profile, rules: Rules): Paces | undefined {
  const p = rules.paces;
  if (!p || (!profile.recentRace && !profile.easyPace)) return undefined;
  const units: Units = profile.units ?? 'km';
  let tenK: number;
  let predict: Paces['predict'];
  const match = profile.recentRace ? RECENT_RACE.exec(profile.recentRace) : null;
  if (match && rules.race) {
    const km = distanceKm(match[1]!, raceRules(rules));
    const seconds = clockSeconds(profile.recentRace!.split('=')[1]!);
    predict = (to: number) => seconds * (to / km) ** p.riegelExponent;
    tenK = predict(10) / 10;
  } else {
    const perUnit = clockSeconds(profile.easyPace!);
    tenK = perUnit / (units === 'mi' ? KM_PER_MILE : 1) / p.easyFromTenK;
  }
  return {
    units,
    easy: tenK * p.easyFromTenK,
    tempo: tenK * p.tempoFromTenK,
    fartlek: tenK * p.fartlekFromTenK,
    intervals: predict ? predict(p.intervalsAtKm) / p.intervalsAtKm : tenK * (p.intervalsAtKm / 10) ** (p.riegelExponent - 1),
    ...(predict ? { predict } : {}),
  };
}

/** A pace in seconds per km as m:ss per the runner's unit. */
export function paceText(secondsPerKm: number, units: Units): string {
  return `${mmss(secondsPerKm * (units === 'mi' ? KM_PER_MILE : 1))}/${units}`;
}

/** The plan with distances and paces added where a pace is known. Pure. */
export function withPaces(plan: Plan, profile: Profile, rules: Rules): Plan {
  const paces = pacesOf(profile, rules);
  if (!paces) return plan;
  const perUnit = (seconds: number) => seconds * (paces.units === 'mi' ? KM_PER_MILE : 1);
  const day = (d: Day): Day => {
    if (d.type === 'race' && paces.predict) {
      const predicted = hmmss(paces.predict(distanceKm(d.distance, raceRules(rules))));
      return { ...d, predicted, notes: [...d.notes, `Predicted finish about ${predicted} (Riegel's formula, from ${profile.recentRace}): a guide, not a target to chase.`] };
    }
    if (d.type !== 'run' || d.intervals) return d;
    const hard = d.kind === 'quality' ? (d.variant === 'tempo' ? paces.tempo : d.variant === 'intervals' ? paces.intervals : d.variant === 'fartlek' ? paces.fartlek : undefined) : undefined;
    // The main set is mostly easy running: its distance at easy pace, a little more with hard parts.
    const value = Math.round(((d.minutes * 60) / perUnit(paces.easy)) * 10) / 10;
    const note = hard
      ? `About ${value} ${paces.units} or more; hard parts at about ${paceText(hard, paces.units)}, the rest at ${paceText(paces.easy, paces.units)}`
      : `About ${value} ${paces.units} at ${paceText(paces.easy, paces.units)}, or slower: easy means you can talk`;
    return { ...d, approxDistance: { value, units: paces.units }, pace: paceText(hard ?? paces.easy, paces.units).split('/')[0]!, notes: [...d.notes, note] };
  };
  return { ...plan, weeks: plan.weeks.map((w) => ({ ...w, days: w.days.map(day) })) };
}
