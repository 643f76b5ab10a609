import { Argument, Command, Help, Option } from 'commander';
import { outputColumns } from './render/width.js';
import { SHELLS, type Shell } from './completion.js';
import { CHECKIN_STATUSES, JOINTS } from '../schema/constants.js';
import { DISCLAIMER } from '../disclaimer.js';
import { MAX_WEEKS } from '../engine/planWeeks.js';
import type { GlobalOptions } from './context.js';
import { isoDate, noteText, wholeNumber } from './parse.js';
import { addProfileOptions } from './profileOptions.js';
import { safeText } from './render/safeText.js';
import type { PlanOptions } from './commands/plan.js';
import type { ExercisesOptions } from './commands/exercises.js';
import type { InitOptions } from './commands/init.js';
import type { TodayOptions } from './commands/today.js';
import type { CheckInOptions } from './commands/checkin.js';
import type { HistoryOptions } from './commands/history.js';
import type { ExportOptions } from './commands/export.js';
import type { LogOptions } from './commands/log.js';
import type { ImportOptions } from './commands/import.js';
import { ACTIVITY_SPORTS } from '../schema/constants.js';
import { painList as parsePainOption, yesNo as yesNoOption } from './parse.js';

// Set by the build from package.json.
declare const __DURABLE_VERSION__: string | undefined;
const VERSION = typeof __DURABLE_VERSION__ === 'string' ? __DURABLE_VERSION__ : 'dev';

/** What `durable` alone, and `durable --help`, say first. */
export const START = 'New here? `durable init` sets up your profile, then `durable plan` shows your week.';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Every help page ends with where the runner's files are. */
const FILES_FOOTER = 'Your profile, log and cache: `durable paths` shows where they are; DURABLE_HOME=<folder> keeps them in one folder.';

/** The end of every help page, wrapped as commander wraps the rest. */
const wrapped = (text: string) => new Help().boxWrap(text, outputColumns());
const footer = () => wrapped(`${FILES_FOOTER}\n${DISCLAIMER}`);

/** Commander's message on one line: its "(Did you mean …?)" joined to the error. */
const oneLine = (message: string) =>
  message
    .trim()
    .replace(/\n\(Did you mean (.+)\)/, '; did you mean $1')
    .replace(/\s*\n\s*/g, '; ');

/** Help descriptions narrower than this stay on one line; below it the page would be a column of words. */
const NARROWEST_DESCRIPTION = 20;

/** A shell command as an example, broken with `\\` before an option or a redirection where it is wider than the screen. */
function exampleLines(command: string, columns: number): string[] {
  const [first = '', ...rest] = command.split(/ (?=--|> )/);
  const lines = [`  $ ${first}`];
  for (const piece of rest) {
    const last = lines.length - 1;
    if (`${lines[last]} ${piece}`.length <= columns - 2) lines[last] += ` ${piece}`;
    else lines.push(`      ${piece}`);
  }
  return lines.map((line, i) => (i < lines.length - 1 ? `${line} \\` : line));
}

/** A help page's examples and footer, wrapped when the page is shown (never for a command that runs). */
function examples(...commands: string[]): () => string {
  return () => {
    const lines = commands.flatMap((command) => exampleLines(command, outputColumns()));
    return `\nExamples:\n${lines.join('\n')}\n\n${footer()}\n`;
  };
}

/** Every command, in the order help lists them. */
export const COMMANDS = ['plan', 'init', 'today', 'checkin', 'import', 'history', 'export', 'exercises', 'surfaces', 'log', 'paths', 'completion', 'validate'] as const;

/**
 * The command tree. Each action imports its command module when it runs, so that
 * `durable plan` never loads the prompt or calendar libraries. With `only`, the name of
 * the command to run, just that one is set up: it parses, helps and fails alike alone
 * (no other command's options reach it). `completion` lists every command, so it gets all.
 */
export function buildProgram(only?: string): Command {
  const wanted = (name: (typeof COMMANDS)[number]) => only === undefined || only === 'completion' || !(COMMANDS as readonly string[]).includes(only) || only === name;
  const program = new Command('durable')
    .description('Training plans that keep runners durable: run, recover, and strengthen ankles, knees and hips.')
    .version(VERSION, '-V, --version', 'print the version (also: -v)')
    .option('--profile <file>', 'profile file to use instead of the saved one')
    .option('--data <dir>', 'dataset folder to use instead of the built-in one')
    .option('--extras <file>', 'YAML file of your own exercises or surfaces (repeatable)', collect)
    .option('--no-color', 'turn colour off (also: NO_COLOR=1)')
    // One line, like every other error: `durable: option '--weeks <n>' argument 'x' is invalid...`
    .configureHelp({ minWidthToWrap: NARROWEST_DESCRIPTION })
    .configureOutput({
      getOutHelpWidth: () => outputColumns(),
      getErrHelpWidth: () => outputColumns(process.stderr),
      // Commander puts its suggestion on a line of its own: "(Did you mean --weeks?)".
      outputError: (message, write) => write(`durable: ${safeText(oneLine(message.replace(/^error: /, '')))} (see --help)\n`),
    })
    // Before the subcommands are added, so that they inherit it: main() sets the exit code.
    .exitOverride()
    .addHelpText('before', () => `${wrapped(START)}\n`)
    .addHelpText('after', () => `\n${footer()}\n`);

  const global = (): GlobalOptions => program.opts<GlobalOptions>();

  if (wanted('plan')) {
    addProfileOptions(
      program
        .command('plan')
        .description('print the coming weeks of training as tables')
        .option('--start <YYYY-MM-DD>', "first day of the plan (default: this week's Monday)", isoDate)
        .option('--weeks <n>', `number of weeks, 1 to ${MAX_WEEKS}`, wholeNumber(1, MAX_WEEKS), 1)
        .option('--json', 'print the plan as JSON'),
    )
      .addHelpText('after', examples(
          'durable plan',
          'durable plan --weeks 8 --level beginner --run-days 3',
          'durable plan --surfaces grass,trail,pavement --long-run-day saturday --json',
          'durable plan --race 2027-03-14 --distance half --weeks 16 --recent-race 10k=50:00',
        ),
      )
      .action(async (options: PlanOptions) => (await import('./commands/plan.js')).runPlan(options, global()));
  }

  if (wanted('init')) {
    addProfileOptions(
      program
        .command('init')
        .description('set up your profile: level, run and strength days, surfaces, equipment, time zone')
        .option('-y, --yes', 'take the defaults for any question the flags do not answer, without asking'),
      { withTime: true },
    )
      .addHelpText(
        'after',
        examples(
          'durable init',
          'durable init --level beginner --run-days 3 --strength-days 2 --long-run-day sunday --surfaces grass,pavement --equipment pillow --tz Europe/Berlin --time 07:00',
          'durable init --level intermediate --yes',
        ),
      )
      .action(async (options: InitOptions) => (await import('./commands/init.js')).runInit(options, global()));
  }

  if (wanted('today')) {
    addProfileOptions(
      program
        .command('today')
        .description("today's session, after any changes your check-ins asked for")
        .option('--date <YYYY-MM-DD>', 'another day instead of today', isoDate)
        .option('--json', 'print the day as JSON'),
    )
      .addHelpText('after', examples('durable today', 'durable today --date 2026-11-29 --json'))
      .action(async (options: TodayOptions) => (await import('./commands/today.js')).runToday(options, global()));
  }

  if (wanted('checkin')) {
    program
      .command('checkin')
      .description('record how today went and how your joints feel; asks when run in a terminal')
      .option('--date <YYYY-MM-DD>', 'the day to check in for (default: today)', isoDate)
      .addOption(new Option('--status <status>', 'how the session went').choices(CHECKIN_STATUSES))
      .option('--minutes <n>', 'minutes, warm-up and cool-down included', wholeNumber(0, 600))
      .option('--rpe <n>', 'effort from 0 (rest) to 10 (all out)', wholeNumber(0, 10))
      .option('--surface <id>', 'surface you ran on')
      .option('--pain <list>', 'pain 0-10 by joint and side, e.g. knee-left=3,ankle-right=1, or none', parsePainOption)
      .option('--settled <yes|no>', "with --status: whether the previous day's pain of 3-5/10 settled by this morning; alone, the morning after: whether the pain of --date (default: yesterday) settled", yesNoOption)
      .option('--note <text>', 'a free note (up to 2,000 characters)', noteText)
      .option('--replace', 'replace an existing check-in for the date')
      .option('--json', 'print the check-in and the next day as JSON')
      .addHelpText(
        'after',
        examples('durable checkin', 'durable checkin --status done --rpe 5', 'durable checkin --date 2026-11-23 --status partly --minutes 20 --rpe 6 --pain knee-left=3 --note "windy"', 'durable checkin --settled yes'),
      )
      .action(async (options: CheckInOptions) => (await import('./commands/checkin.js')).runCheckIn(options, global()));
  }

  if (wanted('import')) {
    program
      .command('import')
      .description('turn runs from a watch or app (FIT, GPX, TCX files, gzipped too) into check-ins; asks effort and pain in a terminal')
      .argument('<file|folder...>', 'activity files, or folders to look through (a Garmin or Strava bulk export)')
      .option('--dry-run', 'show what would be imported, and change nothing')
      .option('--rpe <n>', 'effort 0-10 for every new day (default: asked in a terminal, else not recorded)', wholeNumber(0, 10))
      .option('--pain <list>', 'pain for every new day, e.g. none or knee-left=2 (default: asked in a terminal, else not recorded)', parsePainOption)
      .option('--surface <id>', 'the surface of every run imported (default: from the file, else the plan)')
      .addOption(new Option('--sport <sport>', 'the sport of files that do not say (a GPX from Apple Health)').choices(ACTIVITY_SPORTS))
      .option('--json', 'print the summary and the check-ins as JSON')
      .addHelpText('after', examples('durable import ~/Downloads/strava-export/activities', 'durable import morning-run.fit --rpe 4 --pain none', 'durable import garmin-export/ --dry-run'))
      .action(async (paths: string[], options: ImportOptions) => (await import('./commands/import.js')).runImport(paths, options, global()));
  }

  if (wanted('history')) {
    program
      .command('history')
      .description('your weeks of training: sessions done, run minutes, load, load ratio and worst pain per joint')
      .option('--weeks <n>', 'only the latest weeks, 1 to 520 (default: all since your first check-in or profile start)', wholeNumber(1, 520))
      .option('--json', 'print the weeks as JSON')
      .addHelpText('after', examples('durable history', 'durable history --weeks 8', 'durable history --json'))
      .action(async (options: HistoryOptions) => (await import('./commands/history.js')).runHistory(options, global()));
  }

  if (wanted('export')) {
    addProfileOptions(
      program
        .command('export')
        .description('write the plan as an iCalendar file for Google Calendar, Apple Calendar, Thunderbird…')
        .option('--out <file>', 'file to write (default: standard output)')
        .option('--start <YYYY-MM-DD>', "first day (default: this week's Monday)", isoDate)
        .option('--weeks <n>', `number of weeks, 1 to ${MAX_WEEKS}`, wholeNumber(1, MAX_WEEKS), 4)
        .option('--include-rest', 'add rest days too, as all-day events')
        .option('--all-day', 'all-day events instead of timed ones')
        .option('--prefix <text>', 'put before every event title, e.g. "🏃 " (events also carry the category "durable")')
        .option('--alarm <minutes>', 'a reminder this many minutes before each session, 0 to 1440', wholeNumber(0, 1440)),
      { withTime: true },
    )
      .addHelpText('after', examples('durable export --out plan.ics', 'durable export --weeks 8 --time 18:30 --tz America/New_York --out plan.ics', 'durable export --all-day --include-rest > plan.ics', 'durable export --alarm 30 --out plan.ics'))
      .action(async (options: ExportOptions) => (await import('./commands/export.js')).runExport(options, global()));
  }

  if (wanted('exercises')) {
    program
      .command('exercises')
      .description('list the joint exercises, with doses and progression levels')
      .addOption(new Option('--joint <joint>', 'only exercises for this joint').choices(JOINTS))
      .addOption(new Option('--kind <kind>', 'strength exercises or mobility drills').choices(['strength', 'mobility']))
      .option('--json', 'print the exercises as JSON')
      .addHelpText('after', examples('durable exercises --joint ankle', 'durable exercises --kind mobility --json'))
      .action(async (options: ExercisesOptions) => (await import('./commands/exercises.js')).runExercises(options, global()));
  }

  if (wanted('surfaces')) {
    program
      .command('surfaces')
      .description('list running surfaces, softest first')
      .option('--json', 'print the surfaces as JSON')
      .addHelpText('after', examples('durable surfaces'))
      .action(async (options: { json?: boolean }) => (await import('./commands/surfaces.js')).runSurfaces(options, global()));
  }

  if (wanted('log')) {
    program
      .command('log')
      .description('list your check-ins, with their notes; or delete a wrong one')
      .option('--from <YYYY-MM-DD>', 'only check-ins on or after this date', isoDate)
      .option('--to <YYYY-MM-DD>', 'only check-ins on or before this date', isoDate)
      .addOption(new Option('--joint <joint>', 'only check-ins with pain in this joint').choices(JOINTS))
      .option('--delete <YYYY-MM-DD>', 'delete the check-in for this date (asks first)', isoDate)
      .option('-y, --yes', 'with --delete: do not ask (needed without a terminal)')
      .option('--json', 'print the check-ins as JSON')
      .addHelpText('after', examples('durable log', 'durable log --from 2026-11-01 --joint knee', 'durable log --delete 2026-11-23', 'durable log --json'))
      .action(async (options: LogOptions) => (await import('./commands/log.js')).runLog(options, global()));
  }

  if (wanted('paths')) {
    program
      .command('paths')
      .description('where your profile, log and cache are, and the dataset')
      .option('--json', 'print the paths as JSON')
      .addHelpText('after', examples('durable paths', 'durable paths --json', 'DURABLE_HOME=~/running durable paths'))
      .action(async (options: { json?: boolean }) => (await import('./commands/paths.js')).runPaths(options, global()));
  }

  if (wanted('completion')) {
    program
      .command('completion')
      .description('print a shell completion script for bash, zsh or fish')
      .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
      .addHelpText('after', examples('source <(durable completion bash)', 'durable completion zsh > ~/.zfunc/_durable', 'durable completion fish > ~/.config/fish/completions/durable.fish'))
      .action(async (shell: Shell) => (await import('./commands/completion.js')).runCompletion(shell, program, global()));
  }

  if (wanted('validate')) {
    program
      .command('validate')
      .description('check the dataset, or your own YAML files of extra exercises and surfaces')
      .argument('[file...]', 'YAML files of extra exercises, equipment or surfaces')
      .addHelpText('after', examples('durable validate', 'durable validate my-exercises.yaml'))
      .action(async (files: string[]) => (await import('./commands/validate.js')).runValidate(files, global()));
  }

  return program;
}
