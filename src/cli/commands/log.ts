import type { Joint } from '../../schema/common.js';
import { jointOf, PAIN_SITES } from '../../schema/constants.js';
import type { CheckIn } from '../../schema/log.js';
import { UserError } from '../../errors.js';
import { byDate } from '../../engine/load.js';
import { readLog, removeCheckIn } from '../../store/logStore.js';
import { homePath, storePaths } from '../../store/paths.js';
import type { GlobalOptions } from '../context.js';
import { print, printJson, say } from '../io.js';
import { requireTerminal, terminalPrompter, type Prompter } from '../prompts.js';
import { checkInLine, NO_CHECK_INS, renderLog } from '../render/log.js';
import { dim } from '../render/style.js';
import { fitText } from '../render/text.js';
import { outputColumns } from '../render/width.js';

export interface LogOptions {
  from?: string;
  to?: string;
  joint?: Joint;
  json?: boolean;
  delete?: string;
  yes?: boolean;
}

const hurt = (c: CheckIn, joint: Joint) => PAIN_SITES.some((site) => jointOf(site) === joint && (c.pain[site] ?? 0) > 0);

/** The check-ins between `from` and `to` (inclusive), those with pain in `joint` if given, oldest first. */
export function selectCheckIns(checkIns: readonly CheckIn[], { from, to, joint }: Pick<LogOptions, 'from' | 'to' | 'joint'>): CheckIn[] {
  return checkIns.filter((c) => (!from || c.date >= from) && (!to || c.date <= to) && (!joint || hurt(c, joint))).sort(byDate);
}

export async function runLog(options: LogOptions, global: GlobalOptions, prompter?: Prompter): Promise<void> {
  const { log: path } = storePaths(process.env, global.profile);
  if (options.delete !== undefined) {
    await deleteCheckIn(path, options.delete, options, prompter);
    return;
  }
  if (options.from && options.to && options.from > options.to) throw new UserError(`--from ${options.from} is after --to ${options.to}`);
  const log = await readLog(path);
  const shown = selectCheckIns(log.checkins, options);
  if (options.json) {
    printJson({ checkins: shown });
    return;
  }
  const columns = outputColumns();
  if (!log.checkins.length) {
    print(fitText(NO_CHECK_INS, columns));
    return;
  }
  if (!shown.length) {
    print('No check-ins match.');
    return;
  }
  print(renderLog(shown, columns));
  print(fitText(dim(`${shown.length} of ${log.checkins.length} check-ins, from ${homePath(path)}. To remove one: \`durable log --delete YYYY-MM-DD\``), columns));
}

async function deleteCheckIn(path: string, date: string, options: LogOptions, prompter?: Prompter): Promise<void> {
  const found = (await readLog(path)).checkins.find((c) => c.date === date);
  if (!found) throw new UserError(`no check-in for ${date} in ${homePath(path)}; nothing was changed`);
  if (!options.yes) {
    prompter ??= (requireTerminal(`pass --yes to delete the check-in for ${date} without asking`), await terminalPrompter());
    const sure = await prompter.confirm({ message: `Delete ${checkInLine(found)}?`, default: false });
    if (!sure) {
      say('Kept it; nothing was changed.');
      return;
    }
  }
  const removed = await removeCheckIn(path, date);
  if (!removed) throw new UserError(`no check-in for ${date} in ${homePath(path)}; nothing was changed`);
  if (options.json) printJson({ deleted: removed });
  else say(`Deleted the check-in for ${date} from ${homePath(path)}.`);
}
