import { Command, Option } from 'commander';
import { JOINTS } from '../schema/common.js';
import { DISCLAIMER } from '../disclaimer.js';
import { MAX_WEEKS } from '../engine/planWeeks.js';
import type { GlobalOptions } from './context.js';
import { isoDate, wholeNumber } from './parse.js';
import { addProfileOptions } from './profileOptions.js';
import type { PlanOptions } from './commands/plan.js';
import type { ExercisesOptions } from './commands/exercises.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n\n${DISCLAIMER}\n`;
}

/**
 * The command tree. Each action imports its command module when it runs, so that
 * `durable plan` never loads the prompt or calendar libraries.
 */
export function buildProgram(): Command {
  const program = new Command('durable')
    .description('Training plans that keep runners durable: run, recover, and strengthen ankles, knees and hips.')
    .version('0.1.0')
    .option('--profile <file>', 'profile file to use instead of the saved one')
    .option('--data <dir>', 'dataset folder to use instead of the built-in one')
    .option('--extras <file>', 'YAML file of your own exercises or surfaces (repeatable)', collect)
    .option('--no-color', 'turn colour off (also: NO_COLOR=1)')
    .showHelpAfterError('(add --help for usage)')
    // Before the subcommands are added, so that they inherit it: main() sets the exit code.
    .exitOverride()
    .addHelpText('after', `\n${DISCLAIMER}\n`);

  const global = (): GlobalOptions => program.opts<GlobalOptions>();

  addProfileOptions(
    program
      .command('plan')
      .description('print the coming weeks of training as tables')
      .option('--start <YYYY-MM-DD>', "first day of the plan (default: this week's Monday)", isoDate)
      .option('--weeks <n>', `number of weeks, 1 to ${MAX_WEEKS}`, wholeNumber(1, MAX_WEEKS), 1)
      .option('--json', 'print the plan as JSON'),
  )
    .addHelpText('after', examples('durable plan', 'durable plan --weeks 8 --level beginner --run-days 3', 'durable plan --surfaces grass,trail,pavement --long-run-day saturday --json'))
    .action(async (options: PlanOptions) => (await import('./commands/plan.js')).runPlan(options, global()));

  program
    .command('exercises')
    .description('list the joint exercises, with doses and progression levels')
    .addOption(new Option('--joint <joint>', 'only exercises for this joint').choices(JOINTS))
    .addOption(new Option('--kind <kind>', 'strength exercises or mobility drills').choices(['strength', 'mobility']))
    .option('--json', 'print the exercises as JSON')
    .addHelpText('after', examples('durable exercises --joint ankle', 'durable exercises --kind mobility --json'))
    .action(async (options: ExercisesOptions) => (await import('./commands/exercises.js')).runExercises(options, global()));

  program
    .command('surfaces')
    .description('list running surfaces, softest first')
    .option('--json', 'print the surfaces as JSON')
    .addHelpText('after', examples('durable surfaces'))
    .action(async (options: { json?: boolean }) => (await import('./commands/exercises.js')).runSurfaces(options, global()));

  program
    .command('validate')
    .description('check the dataset, or your own YAML files of extra exercises and surfaces')
    .argument('[file...]', 'YAML files of extra exercises, equipment or surfaces')
    .addHelpText('after', examples('durable validate', 'durable validate my-exercises.yaml'))
    .action(async (files: string[]) => (await import('./commands/validate.js')).runValidate(files, global()));

  return program;
}
