// Only the command a line runs is set up; it must read, help and fail exactly as it
// does among all the others.
import { describe, expect, test } from 'vitest';
import { commandWord } from '../../src/cli/main.js';
import { buildProgram, COMMANDS } from '../../src/cli/program.js';

describe('the command a line runs', () => {
  test.each([
    [['plan', '--weeks', '4'], 'plan'],
    [['--profile', 'mine.yaml', 'today'], 'today'],
    [['--profile=mine.yaml', '--no-color', 'history'], 'history'],
    [['--extras', 'a.yaml', '--extras', 'b.yaml', 'plan'], 'plan'],
    [['pln'], 'pln'],
    [['--help', 'plan'], undefined],
    [['-h'], undefined],
    [['--', 'plan'], undefined],
    [['--no-color'], undefined],
    [[], undefined],
  ])('%j: %s', (args, word) => {
    expect(commandWord(args)).toBe(word);
  });

  test.each(COMMANDS)('%s set up alone has the same options and help as among all the commands', (name) => {
    const alone = buildProgram(name).commands.find((c) => c.name() === name)!;
    const among = buildProgram().commands.find((c) => c.name() === name)!;
    expect(alone.helpInformation()).toBe(among.helpInformation());
    expect(alone.options.map((o) => o.flags)).toEqual(among.options.map((o) => o.flags));
  });

  test('a word that is no command, and completion, get every command', () => {
    expect(buildProgram('pln').commands.map((c) => c.name())).toEqual(buildProgram().commands.map((c) => c.name()));
    expect(buildProgram('completion').commands.map((c) => c.name())).toEqual([...COMMANDS]);
  });
});
