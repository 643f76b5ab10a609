// Shell completion scripts for bash, zsh and fish, written from a description of the
// commands that is itself read from the commander program (see commands/completion.ts).

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export interface CompletionOption {
  /** `--weeks`, and `-y` when there is a short form. */
  long: string;
  short?: string;
  description: string;
  /** Whether a value follows. */
  takesValue: boolean;
  /** The values to offer, if known; `file` or `folder` to offer paths. */
  values?: readonly string[] | 'file' | 'folder';
}

export interface CompletionCommand {
  name: string;
  description: string;
  options: CompletionOption[];
  /** Values for the command's argument, if any (the shells of `durable completion`). */
  argumentValues?: readonly string[];
}

export interface CompletionModel {
  program: string;
  globalOptions: CompletionOption[];
  commands: CompletionCommand[];
}

const words = (list: readonly string[]) => list.join(' ');
/** Single-quoted for any of the three shells: no single quotes inside. */
const quoted = (text: string) => `'${text.replaceAll("'", '’')}'`;
const flags = (o: CompletionOption) => [o.long, ...(o.short ? [o.short] : [])];

function valueCases(model: CompletionModel, indent: string, format: (values: CompletionOption['values']) => string, join = ';;'): string[] {
  const all = [...model.globalOptions, ...model.commands.flatMap((c) => c.options)].filter((o) => o.takesValue && o.values);
  const seen = new Map<string, CompletionOption>();
  for (const o of all) if (!seen.has(o.long)) seen.set(o.long, o);
  return [...seen.values()].map((o) => `${indent}${flags(o).join('|')}) ${format(o.values)}${join}`);
}

function bash(model: CompletionModel): string {
  const p = model.program;
  const fn = `_${p}_complete`;
  const commandNames = model.commands.map((c) => c.name);
  const options = (list: CompletionOption[]) => words(list.flatMap(flags));
  return [
    `# ${p} completion for bash. Load it now:  source <(${p} completion bash)`,
    `# or for good:  ${p} completion bash > ~/.local/share/bash-completion/completions/${p}`,
    `${fn}() {`,
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" command="" i',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    case "${COMP_WORDS[i]}" in',
    `      ${commandNames.join('|')}) command="\${COMP_WORDS[i]}"; break ;;`,
    '    esac',
    '  done',
    '  case "$prev" in',
    ...valueCases(model, '    ', (v) => (v === 'file' ? 'COMPREPLY=($(compgen -f -- "$cur")); return ' : v === 'folder' ? 'COMPREPLY=($(compgen -d -- "$cur")); return ' : `COMPREPLY=($(compgen -W ${quoted(words(v!))} -- "$cur")); return `)),
    '  esac',
    '  case "$command" in',
    `    "") COMPREPLY=($(compgen -W ${quoted(`${words(commandNames)} ${options(model.globalOptions)}`)} -- "$cur")) ;;`,
    ...model.commands.map((c) => `    ${c.name}) COMPREPLY=($(compgen -W ${quoted(`${options(c.options)}${c.argumentValues ? ` ${words(c.argumentValues)}` : ''}`)} -- "$cur")) ;;`),
    '  esac',
    '}',
    `complete -o default -F ${fn} ${p}`,
    '',
  ].join('\n');
}

function zsh(model: CompletionModel): string {
  const p = model.program;
  const fn = `_${p}`;
  const commandNames = model.commands.map((c) => c.name);
  return [
    `#compdef ${p}`,
    `# ${p} completion for zsh. Load it now:  source <(${p} completion zsh)`,
    `# or for good: save it as _${p} in a folder on your $fpath.`,
    `${fn}() {`,
    '  local -a commands',
    `  commands=(${model.commands.map((c) => quoted(`${c.name}:${c.description.replaceAll(':', ' -')}`)).join(' ')})`,
    '  local command="" word',
    '  for word in ${words[2,CURRENT-1]}; do',
    `    case $word in ${commandNames.join('|')}) command=$word; break ;; esac`,
    '  done',
    '  case ${words[CURRENT-1]} in',
    ...valueCases(model, '    ', (v) => (v === 'file' ? '_files; return ' : v === 'folder' ? '_files -/; return ' : `compadd -- ${words(v!)}; return `)),
    '  esac',
    '  case $command in',
    `    "") _describe 'command' commands; compadd -- ${words(model.globalOptions.flatMap(flags))} ;;`,
    ...model.commands.map((c) => `    ${c.name}) compadd -- ${words([...c.options.flatMap(flags), ...(c.argumentValues ?? [])])} ;;`),
    '  esac',
    '}',
    `if [[ $zsh_eval_context[-1] == loadautofunc ]]; then ${fn} "$@"; else compdef ${fn} ${p}; fi`,
    '',
  ].join('\n');
}

function fish(model: CompletionModel): string {
  const p = model.program;
  const option = (o: CompletionOption, condition?: string) => {
    const parts = [`complete -c ${p}`];
    if (condition) parts.push(`-n ${quoted(condition)}`);
    parts.push(`-l ${o.long.slice(2)}`);
    if (o.short) parts.push(`-s ${o.short.slice(1)}`);
    if (o.takesValue) parts.push(o.values === 'file' || o.values === 'folder' ? '-r -F' : o.values ? `-x -a ${quoted(words(o.values))}` : '-x');
    parts.push(`-d ${quoted(o.description)}`);
    return parts.join(' ');
  };
  return [
    `# ${p} completion for fish. Load it now:  ${p} completion fish | source`,
    `# or for good:  ${p} completion fish > ~/.config/fish/completions/${p}.fish`,
    `complete -c ${p} -f`,
    ...model.commands.map((c) => `complete -c ${p} -n __fish_use_subcommand -a ${c.name} -d ${quoted(c.description)}`),
    ...model.globalOptions.map((o) => option(o)),
    ...model.commands.flatMap((c) => [
      ...c.options.map((o) => option(o, `__fish_seen_subcommand_from ${c.name}`)),
      ...(c.argumentValues ? [`complete -c ${p} -n ${quoted(`__fish_seen_subcommand_from ${c.name}`)} -a ${quoted(words(c.argumentValues))}`] : []),
    ]),
    '',
  ].join('\n');
}

/** The completion script for `shell`. */
export function completionScript(shell: Shell, model: CompletionModel): string {
  return { bash, zsh, fish }[shell](model);
}
