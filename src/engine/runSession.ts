import type { Level, RunKind } from '../schema/common.js';
import type { Day } from '../schema/plan.js';
import type { QualitySession, Rules, RunWalkStep } from '../schema/rules.js';
import { stepSeconds } from './progression.js';

export interface RunContent {
  kind: RunKind;
  title: string;
  minutes: number;
  mainSet: string;
  intervals: RunWalkStep | null;
  /** Which kind of quality session (tempo, intervals, ...), for quality runs. */
  variant?: string;
}

function fill(template: string, values: Record<string, number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

function formatSeconds(seconds: number): string {
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** A beginner's run-walk session from its ladder rung. */
export function runWalkContent(step: RunWalkStep, rules: Rules): RunContent {
  return {
    kind: 'runWalk',
    title: step.walkSeconds === 0 ? rules.runs.runWalk.continuousTitle : rules.runs.runWalk.title,
    minutes: stepSeconds(step) / 60,
    intervals: step,
    mainSet:
      step.walkSeconds === 0
        ? `${formatSeconds(step.runSeconds)} without stopping, at an easy pace`
        : `${step.repeats} x (run ${formatSeconds(step.runSeconds)}, walk ${formatSeconds(step.walkSeconds)})`,
  };
}

/**
 * Which turn of the quality kinds a rotation week takes: one a week, shifted by one every
 * deload rhythm, so that the lighter weeks (which have no quality session) do not always
 * fall on the same kind, and no kind comes two weeks running.
 */
export function qualityTurn(rotationWeek: number, rules: Rules): number {
  return rotationWeek + Math.floor(rotationWeek / rules.volume.deload.every);
}

/** The quality session of a level for its `n`-th turn: the kinds take turns. */
export function qualityVariant(level: Exclude<Level, 'beginner'>, n: number, rules: Rules): string {
  const kinds = rules.levels[level].quality.kinds;
  return kinds[((n % kinds.length) + kinds.length) % kinds.length]!;
}

/**
 * A quality session's main set: an easy start, the work, an easy finish, in whole
 * minutes that add up exactly to `minutes`.
 */
export function qualityMainSet(session: QualitySession, minutes: number, surface?: string): string {
  let work: number;
  let reps = 0;
  if (session.rep) {
    const cycle = (session.rep.hardSeconds + session.rep.easySeconds) / 60;
    reps = Math.min(Math.floor(minutes / cycle), Math.max(1, Math.floor((minutes * session.workShare) / cycle)));
    work = reps * cycle;
  } else {
    work = Math.min(minutes, Math.max(1, Math.round(minutes * session.workShare)));
  }
  const warm = Math.ceil((minutes - work) / 2);
  const template = surface === 'treadmill' && session.treadmillMainSet ? session.treadmillMainSet : session.mainSet;
  return fill(template, { minutes, warm, work, reps, cool: minutes - work - warm });
}

/** A continuous run (easy, long or quality) of so many minutes, described from the rules' templates. */
export function continuousContent(kind: Exclude<RunKind, 'runWalk'>, minutes: number, level: Exclude<Level, 'beginner'>, rules: Rules, variant?: string, surface?: string): RunContent {
  if (kind !== 'quality') {
    const template = rules.runs[kind];
    return { kind, title: template.title, minutes, intervals: null, mainSet: fill(template.mainSet, { minutes }) };
  }
  const id = variant ?? rules.levels[level].quality.kinds[0]!;
  const session = rules.qualitySessions[id]!;
  return { kind, title: session.title, minutes, intervals: null, mainSet: qualityMainSet(session, minutes, surface), variant: id };
}

/** Whole minutes a day's session takes, warm-up and cool-down included. */
export function sessionMinutes(day: Day): number {
  if (day.type === 'run') return Math.ceil(day.warmup.minutes + day.minutes + day.cooldown.minutes);
  if (day.type === 'race') return day.warmup.minutes;
  return day.type === 'rest' ? 0 : day.minutes;
}
