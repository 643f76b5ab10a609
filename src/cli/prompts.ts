import { UserError } from '../errors.js';

export interface Choice<T extends string> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
}

/**
 * The questions a command can ask. The terminal version wraps @inquirer/prompts;
 * tests pass a scripted one, so every interactive flow runs without a terminal.
 */
export interface Prompter {
  select<T extends string>(question: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T extends string>(question: { message: string; choices: Choice<T>[]; required?: boolean }): Promise<T[]>;
  number(question: { message: string; min: number; max: number; default?: number }): Promise<number>;
  input(question: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  /** Pick one of many by typing part of it; `source` gives the choices for what is typed so far. */
  search(question: { message: string; source: (term: string | undefined) => string[] }): Promise<string>;
}

/** The answers a yes/no question takes, and whether one means yes. */
const YES_OR_NO = /^(y|yes|n|no)$/i;
const isYes = (text: string) => /^y/i.test(text.trim());

/** A yes or no typed out: unlike a confirm prompt, Enter alone answers nothing. */
export async function askYesNo(ask: Prompter, message: string): Promise<boolean> {
  const answer = await ask.input({ message, validate: (v) => YES_OR_NO.test(v.trim()) || 'type yes or no' });
  return isYes(answer);
}

/** @inquirer/prompts does not check for a terminal itself: on a closed stdin it half-draws and fails. */
export function requireTerminal(hint: string): void {
  if (!process.stdin.isTTY) throw new UserError(`no terminal to ask questions; ${hint}`);
}

/** Loaded only by the commands that ask, so that `durable plan` stays quick to start. */
export async function terminalPrompter(): Promise<Prompter> {
  const [inquirer, { default: search }] = await Promise.all([import('@inquirer/prompts'), import('@inquirer/search')]);
  return {
    search: (q) => search({ message: q.message, source: (term) => q.source(term).map((value) => ({ value })), pageSize: 8 }),
    select: (q) => inquirer.select(q),
    checkbox: (q) => inquirer.checkbox(q),
    number: (q) => inquirer.number({ ...q, required: true }),
    input: (q) => inquirer.input(q),
    confirm: (q) => confirmTyped(inquirer.input, q),
  };
}

/**
 * Yes or no, where Enter takes the default and anything else than y, yes, n or no asks
 * again. (A confirm prompt takes any other text, a time typed in the wrong place
 * included, as its default: "Save it? x" would save.)
 */
async function confirmTyped(
  input: typeof import('@inquirer/prompts').input,
  { message, default: byDefault = true }: { message: string; default?: boolean },
): Promise<boolean> {
  const meaning = (text: string) => (text.trim() === '' ? byDefault : isYes(text));
  const answer = await input({
    message: `${message} ${byDefault ? '(Y/n)' : '(y/N)'}`,
    validate: (text) => text.trim() === '' || YES_OR_NO.test(text.trim()) || `type y or n (Enter: ${byDefault ? 'yes' : 'no'})`,
    transformer: (text, { isFinal }) => (isFinal ? (meaning(text) ? 'Yes' : 'No') : text),
  });
  return meaning(answer);
}
