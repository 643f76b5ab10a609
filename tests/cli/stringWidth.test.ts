import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

const stringWidth = createRequire(import.meta.url)('../../src/cli/render/stringWidth.cjs') as (text: string) => number;

test('counts terminal columns the way tables need them', () => {
  expect(stringWidth('Run · easy')).toBe(10);
  expect(stringWidth('\u001b[31mRun\u001b[39m')).toBe(3);
  expect(stringWidth('●●○○○')).toBe(5);
  expect(stringWidth('日本')).toBe(4);
  expect(stringWidth('🏃 run')).toBe(6);
  expect(stringWidth('e\u0301')).toBe(1);
  expect(stringWidth('')).toBe(0);
});
