import { CommanderError } from 'commander';
import { Settings } from 'luxon';
import { EXIT, UserError } from '../errors.js';
import { setUpColour } from './colour.js';
import { say } from './io.js';
import { buildProgram } from './program.js';
import { homePath, ignoredFolders } from '../store/paths.js';
import { safeText } from './render/safeText.js';

const isPromptExit = (error: unknown) => error instanceof Error && error.name === 'ExitPromptError';

/** Run the CLI. Errors are reported here, once, as one line; a stack only with DEBUG=durable. */
export async function main(argv: string[]): Promise<void> {
  setUpColour(argv);
  // Everything durable says is English, so are its dates ("Mon 23 Nov") on any machine;
  // it also spares luxon asking ICU for the system locale at start-up.
  Settings.defaultLocale = 'en-US';
  // `durable plan | head` closes the pipe early: stop quietly, as other tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  // A setting passed over is said, not silently ignored: the runner may wonder where their log went.
  for (const { name, value, holds, used } of ignoredFolders()) {
    say(`durable: ${name}=${safeText(value, { oneLine: true })} is ignored, not being an absolute path (XDG Base Directory); ${holds} is in ${safeText(homePath(used), { oneLine: true })}`);
  }
  const args = argv.slice(2);
  const program = buildProgram(commandWord(args));
  // `durable` alone: a short start and the commands, on stdout; `-v` is `-V`.
  if (args.every((a) => a === '--no-color')) {
    program.outputHelp();
    return;
  }
  if (args[0] === '-v') args[0] = '-V';
  try {
    await program.parseAsync([...argv.slice(0, 2), ...args]);
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  }
}

/** Global options that take a value as the next argument. */
const GLOBAL_WITH_VALUE = new Set(['--profile', '--data', '--extras']);

/**
 * The command the arguments run (their first word, past the global options), if any:
 * only it need be set up. Help asked before it is the whole program's.
 */
export function commandWord(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--' || arg === '-h' || arg === '--help') return undefined;
    if (GLOBAL_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has printed its own message (or the help) already.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UserError) {
    say(`durable: ${safeText(error.describe(), { oneLine: true })}`);
    return error.exitCode;
  }
  if (isPromptExit(error)) {
    say('Cancelled; nothing was saved.');
    return EXIT.interrupted;
  }
  say(`durable: unexpected error: ${safeText(error instanceof Error ? error.message : String(error), { oneLine: true })}`);
  if (process.env.DEBUG?.split(',').includes('durable') && error instanceof Error) say(error.stack ?? '');
  else say('Run again with DEBUG=durable to see the details, and please report it.');
  return EXIT.failure;
}
