import chalk from 'chalk';

/**
 * chalk 5 ignores NO_COLOR and only looks at the terminal, so decide here: colour
 * only on a TTY, never with NO_COLOR or --no-color; FORCE_COLOR still forces it on.
 */
export function setUpColour(argv: readonly string[], env = process.env, isTTY = Boolean(process.stdout.isTTY)): void {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const refused = Boolean(env.NO_COLOR) || argv.includes('--no-color');
  if (refused || (!isTTY && !forced)) chalk.level = 0;
}
