import type { Level, RunKind } from '../schema/common.js';
import type { Day } from '../schema/plan.js';
import type { Rules, RunWalkStep } from '../schema/rules.js';
import { stepSeconds } from './progression.js';

export interface RunContent {
  kind: RunKind;
  title: string;
  minutes: number;
  mainSet: string;
  intervals: RunWalkStep | null;
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
    title: rules.runs.runWalk.title,
    minutes: stepSeconds(step) / 60,
    intervals: step,
    mainSet:
      step.walkSeconds === 0
        ? `Run ${formatSeconds(step.runSeconds)} without stopping, at an easy pace`
        : `${step.repeats} x (run ${formatSeconds(step.runSeconds)}, walk ${formatSeconds(step.walkSeconds)})`,
  };
}

/** A continuous run (easy, long or quality) of so many minutes, described from the rules' templates. */
export function continuousContent(kind: Exclude<RunKind, 'runWalk'>, minutes: number, level: Exclude<Level, 'beginner'>, rules: Rules): RunContent {
  const quality = rules.levels[level].quality;
  const template = kind === 'quality' ? quality : rules.runs[kind];
  const work = Math.round(minutes * quality.workShare);
  return { kind, title: template.title, minutes, intervals: null, mainSet: fill(template.mainSet, { minutes, work }) };
}

/** Whole minutes a day's session takes, warm-up and cool-down included (run-walk sets can end on a half minute). */
export function sessionMinutes(day: Day): number {
  if (day.type === 'run') return Math.ceil(day.warmup.minutes + day.minutes + day.cooldown.minutes);
  return day.type === 'rest' ? 0 : day.minutes;
}
