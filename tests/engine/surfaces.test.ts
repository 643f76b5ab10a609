import { describe, expect, test } from 'vitest';
import type { RunKind } from '../../src/schema/common.js';
import { rotateSurfaces } from '../../src/engine/surfaces.js';
import { builtIn } from '../helpers.js';

const surfaces = (...ids: string[]) => ids.map((id) => builtIn().surfaces.find((s) => s.id === id)!);
const week: RunKind[] = ['easy', 'quality', 'easy', 'long'];
const weeks = (n: number, pattern: RunKind[] = week) => Array.from({ length: n }, () => pattern).flat();

describe('rotateSurfaces', () => {
  test('one surface: every run on it', () => {
    expect(new Set(rotateSurfaces(weeks(3), surfaces('pavement')))).toEqual(new Set(['pavement']));
  });

  test('never the same surface twice in a row, and every surface gets used', () => {
    const result = rotateSurfaces(weeks(6), surfaces('pavement', 'grass', 'dirt', 'trail', 'concrete'));
    result.forEach((s, i) => i > 0 && expect(s).not.toBe(result[i - 1]));
    expect(new Set(result)).toEqual(new Set(['pavement', 'grass', 'dirt', 'trail', 'concrete']));
  });

  test('long runs go on the softest surface, quality sessions on the track', () => {
    const kinds = weeks(4);
    const result = rotateSurfaces(kinds, surfaces('pavement', 'track', 'grass'));
    kinds.forEach((kind, i) => {
      if (kind === 'long') expect(result[i]).toBe('grass');
      if (kind === 'quality') expect(result[i]).toBe('track');
    });
  });

  test('two surfaces alternate, choosing the phase that puts long runs on the softer one', () => {
    const kinds = weeks(4);
    const result = rotateSurfaces(kinds, surfaces('grass', 'pavement'));
    result.forEach((s, i) => i > 0 && expect(s).not.toBe(result[i - 1]));
    kinds.forEach((kind, i) => kind === 'long' && expect(result[i]).toBe('grass'));
    // Listed the other way round, the same choice is made.
    expect(rotateSurfaces(kinds, surfaces('pavement', 'grass'))).toEqual(result);
  });

  test('with two surfaces and three runs a week, alternation wins and half the long runs are firm', () => {
    const kinds = weeks(4, ['easy', 'easy', 'long']);
    const result = rotateSurfaces(kinds, surfaces('grass', 'pavement'));
    result.forEach((s, i) => i > 0 && expect(s).not.toBe(result[i - 1]));
    const longSurfaces = kinds.flatMap((k, i) => (k === 'long' ? [result[i]] : []));
    expect(longSurfaces.filter((s) => s === 'grass')).toHaveLength(2);
  });
});
