import type { RunKind } from '../schema/common.js';
import type { Surface } from '../schema/surfaces.js';

/** The softest surface, the first one listed on ties. */
export function softest(surfaces: readonly Surface[]): Surface {
  return surfaces.reduce((best, s) => (s.impact < best.impact ? s : best));
}

/**
 * Choose a surface for each run, in order, so that no two runs in a row share one and
 * the load spreads over all of them. Long runs go on the softest surface, and a run
 * goes on a surface it is preferred for (the track for quality) when it can. With only
 * two surfaces the runs must alternate, so the long run gets the softer one only when
 * the alternation allows: the phase with the most soft long runs is chosen.
 */
export function rotateSurfaces(kinds: readonly RunKind[], available: readonly Surface[]): string[] {
  if (available.length === 0) throw new Error('rotateSurfaces needs at least one surface');
  if (available.length === 1) return kinds.map(() => available[0]!.id);
  const soft = softest(available);

  if (available.length === 2) {
    const [a, b] = available.map((s) => s.id) as [string, string];
    const phases = [kinds.map((_, i) => (i % 2 === 0 ? a : b)), kinds.map((_, i) => (i % 2 === 0 ? b : a))] as const;
    const softLongRuns = (phase: readonly string[]) => phase.filter((id, i) => kinds[i] === 'long' && id === soft.id).length;
    return softLongRuns(phases[1]) > softLongRuns(phases[0]) ? [...phases[1]] : [...phases[0]];
  }

  const uses = new Map(available.map((s) => [s.id, 0]));
  const order = new Map(available.map((s, i) => [s.id, i]));
  const result: string[] = [];
  kinds.forEach((kind, i) => {
    let choice: Surface;
    if (kind === 'long') {
      choice = soft;
    } else {
      const previous = result[i - 1];
      const nextIsLong = kinds[i + 1] === 'long';
      const allowed = available.filter((s) => s.id !== previous && !(nextIsLong && s.id === soft.id));
      const preferred = (s: Surface) => (s.preferredFor?.includes(kind) ? 0 : 1);
      // Leave the next run the surface it prefers (the track for a quality session).
      const nextKind = kinds[i + 1];
      const wantedNext = (s: Surface) => (nextKind && s.preferredFor?.includes(nextKind) ? 1 : 0);
      choice = [...allowed].sort(
        (x, y) =>
          wantedNext(x) - wantedNext(y) ||
          preferred(x) - preferred(y) ||
          uses.get(x.id)! - uses.get(y.id)! ||
          x.impact - y.impact ||
          order.get(x.id)! - order.get(y.id)!,
      )[0]!;
    }
    uses.set(choice.id, uses.get(choice.id)! + 1);
    result.push(choice.id);
  });
  return result;
}
