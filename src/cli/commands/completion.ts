import type { Command, Option } from 'commander';
import { readDataset, BUILT_IN_DATA_DIR } from '../../dataset/read.js';
import { WEEKDAYS } from '../../schema/constants.js';
import { completionScript, type CompletionModel, type CompletionOption, type Shell } from '../completion.js';
import type { GlobalOptions } from '../context.js';
import { knownZones } from '../timeZone.js';

/** Values for options whose parsers accept a known set that commander does not list as choices. */
async function knownValues(global: GlobalOptions): Promise<Record<string, CompletionOption['values']>> {
  const dataset = await readDataset(global.data ?? BUILT_IN_DATA_DIR, global.extras ?? []);
  const surfaces = dataset.surfaces.map((s) => s.id);
  return {
    '--long-run-day': WEEKDAYS,
    '--surfaces': surfaces,
    '--surface': surfaces,
    '--equipment': ['none', ...dataset.equipment.map((e) => e.id)],
    '--tz': [...knownZones()],
    '--settled': ['yes', 'no'],
    '--profile': 'file',
    '--extras': 'file',
    '--out': 'file',
    '--data': 'folder',
  };
}

function describeOption(option: Option, known: Record<string, CompletionOption['values']>): CompletionOption {
  const long = option.long ?? option.short!;
  return {
    long,
    short: option.long ? option.short : undefined,
    description: option.description,
    takesValue: option.required || option.optional,
    values: option.argChoices ?? known[long],
  };
}

const HELP: CompletionOption = { long: '--help', short: '-h', description: 'show help', takesValue: false };

/** The commands and options of the commander program, as the completion scripts need them. */
export async function completionModel(program: Command, global: GlobalOptions): Promise<CompletionModel> {
  const known = await knownValues(global);
  const options = (command: Command) => [...command.options.filter((o) => !o.hidden).map((o) => describeOption(o, known)), HELP];
  return {
    program: program.name(),
    globalOptions: options(program),
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: options(c),
      argumentValues: c.registeredArguments[0]?.argChoices,
    })),
  };
}

export async function runCompletion(shell: Shell, program: Command, global: GlobalOptions): Promise<void> {
  process.stdout.write(completionScript(shell, await completionModel(program, global)));
}
