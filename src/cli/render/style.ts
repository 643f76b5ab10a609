import chalk from 'chalk';
import type { Day } from '../../schema/plan.js';

/** The session type as a short coloured label: the colour says how demanding the day is. */
export function typeLabel(day: Day): string {
  switch (day.type) {
    case 'run': {
      // A run-walk rung with no walking left is a continuous run.
      const label = day.kind === 'runWalk' && day.intervals?.walkSeconds === 0 ? 'Run · continuous' : RUN_LABELS[day.kind];
      return day.hard ? chalk.red.bold(label) : chalk.green(label);
    }
    case 'strength':
      return chalk.magenta('Strength');
    case 'recovery':
      return chalk.cyan('Recovery');
    case 'rest':
      return chalk.gray('Rest');
    case 'race':
      return chalk.red.bold('Race');
  }
}

const RUN_LABELS = { easy: 'Run · easy', long: 'Run · long', quality: 'Run · quality', runWalk: 'Run-walk' } as const;

export const heading = (text: string) => chalk.bold(text);
export const dim = (text: string) => chalk.dim(text);
export const warn = (text: string) => chalk.yellow(text);

export const JOINT_WORDS = { ankle: 'ankles', knee: 'knees', hip: 'hips' } as const;
