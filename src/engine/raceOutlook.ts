// What falling behind the plan means for the race: adaptation stays in charge of the
// coming days; this only says whether the race is still within reach of a safe build.
import { DateTime } from 'luxon';
import type { Dataset } from '../dataset/dataset.js';
import { UserError } from '../errors.js';
import { JOINTS, jointOf, type Joint, type PainSite } from '../schema/constants.js';
import type { CheckIn } from '../schema/log.js';
import type { Profile } from '../schema/profile.js';
import { addDays, mondayOf } from './load.js';
import { PlanCache } from './planWeeks.js';
import { distanceName, distanceRules, raceRules } from './race.js';

export interface OutlookRequest {
  profile: Profile;
  dataset: Dataset;
  checkIns: readonly CheckIn[];
  today: string;
}

const longDate = (iso: string) => DateTime.fromISO(iso).toFormat('ccc d LLL yyyy');

/**
 * For a runner training for a race who logs and has fallen behind the plan (weeks of the
 * last few with too little of the planned run minutes, usually pain or illness):
 * whether a safe build from what they ran lately (their last week and longest run, as
 * logged) still reaches the race, and if not, which shorter race on the same date would.
 * Undefined when there is nothing to say. Pure. `plans` shares the days already planned
 * for this request.
 */
export function raceOutlook({ profile, dataset, checkIns, today }: OutlookRequest, plans: PlanCache = new PlanCache(dataset)): string | undefined {
  const race = profile.race;
  if (!race || race.date <= today || profile.level === 'beginner' || !dataset.rules.race) return undefined;
  const { lookbackWeeks: LOOKBACK_WEEKS, lostBelow: LOST_BELOW } = dataset.rules.race.outlook;
  const monday = mondayOf(today);
  const since = addDays(monday, -7 * LOOKBACK_WEEKS);
  const recent = checkIns.filter((c) => c.date >= since && c.date < monday);
  if (!recent.some((c) => c.date >= addDays(monday, -14))) return undefined;
  const routine = dataset.rules.warmup[profile.level].minutes + dataset.rules.cooldown[profile.level].minutes;
  const mainSet = (c: CheckIn) => (c.planned === 'run' && c.status !== 'skipped' ? Math.max(0, c.minutes - routine) : 0);

  let planned;
  try {
    planned = plans.planWeeks({ profile, start: since, weeks: LOOKBACK_WEEKS });
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
  const lost = planned.weeks.filter((w) => {
    const logged = recent.filter((c) => c.date >= w.start && c.date < addDays(w.start, 7)).reduce((sum, c) => sum + mainSet(c), 0);
    return w.summary.runMinutes > 0 && logged < LOST_BELOW * w.summary.runMinutes;
  });
  if (!lost.length) return undefined;

  // Why: the joint that hurt most in the lost weeks, if any hurt more than the safe level.
  const worst = new Map<Joint, number>();
  for (const c of recent.filter((x) => lost.some((w) => x.date >= w.start && x.date < addDays(w.start, 7)))) {
    for (const [site, value] of Object.entries(c.pain)) {
      const joint = jointOf(site as PainSite);
      worst.set(joint, Math.max(worst.get(joint) ?? 0, value ?? 0));
    }
  }
  const painful = JOINTS.filter((j) => (worst.get(j) ?? 0) > dataset.rules.adaptation.pain.safeMax).sort((a, b) => worst.get(b)! - worst.get(a)!)[0];
  const head = `${lost.length === 1 ? 'One week' : `${lost.length} weeks`} of the last ${LOOKBACK_WEEKS} lost${painful ? ` to ${painful} pain` : ''}`;

  // Where a rebuild starts: last week as logged, or after a break the usual share of the
  // best recent week (adaptation's breakReturn), whichever is more.
  const loggedIn = (start: string) => recent.filter((c) => c.date >= start && c.date < addDays(start, 7)).reduce((sum, c) => sum + mainSet(c), 0);
  const best = Math.max(...planned.weeks.map((w) => loggedIn(w.start)));
  const lastWeek = Math.max(loggedIn(addDays(monday, -7)), Math.floor(best * dataset.rules.adaptation.breakReturn.share));
  const longest = Math.max(0, ...recent.map(mainSet));
  const fresh: Profile = { ...profile, startDate: monday, weeklyMinutes: lastWeek, longestRun: longest };
  const fits = (distance: string) => {
    try {
      plans.planWeeks({ profile: { ...fresh, race: { date: race.date, distance } }, start: monday, weeks: 1 });
      return true;
    } catch (error) {
      if (error instanceof UserError) return false;
      throw error;
    }
  };
  const name = distanceName(race.distance);
  const when = longDate(race.date);
  if (fits(race.distance)) return `${head}: the ${name} on ${when} is still within reach. The plan builds back within the growth cap, never faster to make up for it.`;
  const km = distanceRules(race.distance, raceRules(dataset.rules)).km;
  const shorter = [...raceRules(dataset.rules).distances].reverse().find((d) => d.km < km && fits(d.id));
  return (
    `${head}: the ${name} on ${when} is at risk. From where you are (${lastWeek} min a week, longest recent run ${longest} min) a safe build does not reach the long run it needs by then.` +
    (shorter ? ` A ${distanceName(shorter.id)} on the same date is still realistic.` : '') +
    ' The plan does not grow faster than the cap to make up for it.'
  );
}
