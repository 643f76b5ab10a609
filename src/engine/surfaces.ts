import { RUN_KINDS, type RunKind } from '../schema/constants.js';
import type { Surface } from '../schema/surfaces.js';

/** The softest surface, the first one listed on ties. */
export function softest(surfaces: readonly Surface[]): Surface {
  return surfaces.reduce((best, s) => (s.impact < best.impact ? s : best));
}

const suits = (s: Surface, kind: RunKind) => !s.suits || s.suits.includes(kind);

/**
 * The runner's surfaces that suit a kind of run, best first. A last-resort surface
 * (concrete) is left out when a softer one that suits the run is listed. Long runs take
 * the softest even surface; quality sessions the surface preferred for them (the track),
 * then even ones; easy runs the softest. With nothing suitable listed, every surface is
 * a candidate, even ones first.
 */
export function surfacesFor(kind: RunKind, available: readonly Surface[]): Surface[] {
  const fitting = available.filter((s) => suits(s, kind));
  const pool = fitting.length ? fitting : [...available];
  const kept = pool.filter((s) => !s.lastResort || !pool.some((o) => !o.lastResort && o.impact < s.impact));
  const preferred = (s: Surface) => (s.preferredFor?.includes(kind) ? 0 : 1);
  const uneven = (s: Surface) => (kind !== 'easy' && kind !== 'runWalk' && s.uneven ? 1 : 0);
  return kept
    .map((s, i) => ({ s, i }))
    .sort((a, b) => preferred(a.s) - preferred(b.s) || uneven(a.s) - uneven(b.s) || a.s.impact - b.s.impact || a.i - b.i)
    .map(({ s }) => s);
}

/** Every surface a plan with these run kinds can use. */
export function usableSurfaces(kinds: readonly RunKind[], available: readonly Surface[]): Surface[] {
  const ids = new Set(kinds.flatMap((kind) => surfacesFor(kind, available).map((s) => s.id)));
  return available.filter((s) => ids.has(s.id));
}

/** A run to put on a surface: its kind and the week it belongs to (for weekly limits). */
export interface SurfaceRun {
  kind: RunKind;
  week: number;
  /** Only these surfaces, when the session needs them (hill repeats need a hill). */
  only?: readonly string[];
}

/**
 * Choose a surface for each run, in order. Never the same surface twice in a row while
 * there is another; long runs and quality sessions on their best surface (the run before
 * them keeps it free); easy runs on the surface least recently used, so that over two
 * weeks every surface gets its turn; weekly limits (the treadmill) kept. `before` is the
 * surface of the run just before the first one, if any.
 */
export function rotateSurfaces(runs: readonly SurfaceRun[], available: readonly Surface[], before?: string, period?: number, recent: readonly string[] = []): string[] {
  const cycle = surfaceCycle(runs, available, before, period, recent);
  const result = cycle.surfaces;
  while (result.length < runs.length) result.push(surfaceOfRun(cycle, result.length)!);
  return result;
}

/**
 * The surfaces rotateSurfaces chooses, up to where they start repeating: from run
 * `repeats.at` on, each run has the surface of the run `repeats.at - repeats.from` before it.
 */
export interface SurfaceCycle {
  surfaces: string[];
  repeats?: { from: number; at: number };
}

/** The surface of run `k` of a rotation (undefined past the runs it was worked out for). */
export function surfaceOfRun({ surfaces, repeats }: SurfaceCycle, k: number): string | undefined {
  if (k < surfaces.length || !repeats) return surfaces[k];
  return surfaces[repeats.from + ((k - repeats.from) % (repeats.at - repeats.from))];
}

/**
 * rotateSurfaces up to where its choices start repeating: with runs that repeat every
 * `period` weeks, the choices repeat too once the state at the start of a week (its place
 * in the period, the last surface and the order of last use) comes back, and the runs
 * after that need no choosing.
 */
export function surfaceCycle(runs: readonly SurfaceRun[], available: readonly Surface[], before?: string, period?: number, recent: readonly string[] = []): SurfaceCycle {
  if (available.length === 0) throw new Error('rotateSurfaces needs at least one surface');
  // Every kind, not just those in `runs`: the choice must not depend on the window.
  const kinds = RUN_KINDS;
  const usable = usableSurfaces(kinds, available);
  const ranked = new Map(kinds.map((kind) => [kind, surfacesFor(kind, available)]));
  const lastUsed = new Map<string, number>();
  // Surfaces used just before the first run, the latest first: a rotation that continues
  // another (the weeks before the rotation origin, walked backward) keeps taking turns
  // across the seam instead of starting afresh.
  for (const id of recent) if (!lastUsed.has(id)) lastUsed.set(id, -1 - lastUsed.size);
  /** The surfaces a run suits, best first; a session that needs particular surfaces (a hill) gets those. */
  const suitableFor = (run: SurfaceRun): Surface[] => {
    const ranking = ranked.get(run.kind)!;
    const needed = run.only ? usable.filter((x) => run.only!.includes(x.id)) : [];
    return needed.length ? [...ranking.filter((x) => needed.includes(x)), ...needed.filter((x) => !ranking.includes(x))] : ranking;
  };
  const perWeek = new Map<string, number>();
  const takenIn = new Map<number, Set<string>>();
  for (const r of runs) {
    if (r.kind !== 'long' && r.kind !== 'quality') continue;
    const set = takenIn.get(r.week) ?? new Set<string>();
    set.add(suitableFor(r)[0]!.id);
    takenIn.set(r.week, set);
  }
  const result: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (period && (i === 0 || runs[i - 1]!.week !== run.week)) {
      const order = usable.map((x) => x.id).sort((a, b) => (lastUsed.get(a) ?? -1) - (lastUsed.get(b) ?? -1) || (a < b ? -1 : 1));
      // The week's place in the period: weeks in the same place hold the same runs.
      const phase = (((run.week - runs[0]!.week) % period) + period) % period;
      // Surfaces never used yet tie with each other when an easy run chooses: marked so.
      const state = `${phase}|${result[i - 1] ?? before}|${order.map((id) => (lastUsed.has(id) ? id : `${id}?`)).join()}`;
      const earlier = seen.get(state);
      if (earlier !== undefined) return { surfaces: result, repeats: { from: earlier, at: i } };
      seen.set(state, i);
    }
    const previous = i > 0 ? result[i - 1] : before;
    const next = runs[i + 1];
    const keepFree = next && next.kind !== 'easy' && next.kind !== 'runWalk' ? suitableFor(next)[0]!.id : undefined;
    const usedThisWeek = (s: Surface) => perWeek.get(`${run.week}:${s.id}`) ?? 0;
    const open = (s: Surface) => s.maxPerWeek === undefined || usedThisWeek(s) < s.maxPerWeek;
    const notPrevious = (x: Surface) => x.id !== previous;
    const notKept = (x: Surface) => x.id !== keepFree;
    const suitable = suitableFor(run);
    /** The first list that has surfaces passing every test, those surfaces. */
    const first = (...tries: [Surface[], ...((x: Surface) => boolean)[]][]) => {
      for (const [list, ...tests] of tries) {
        const passing = list.filter((x) => open(x) && tests.every((t) => t(x)));
        if (passing.length) return passing;
      }
      return usable;
    };
    let choice: Surface;
    if (run.kind === 'long') {
      choice = first([suitable, notPrevious], [usable, notPrevious], [usable])[0]!;
    } else if (run.kind === 'quality') {
      // Its best surface, but a quality session just before a long run leaves the long run its own.
      choice = first([suitable, notPrevious, notKept], [usable, notPrevious, notKept], [suitable, notPrevious], [usable, notPrevious], [usable])[0]!;
    } else {
      const rank = (x: Surface) => (suitable.includes(x) ? suitable.indexOf(x) : 99);
      const pool = first([suitable, notPrevious], [usable, notPrevious], [usable]);
      // Surfaces that this week's long run or quality session will use come last.
      const taken = takenIn.get(run.week) ?? new Set<string>();
      // The long run's surface is kept free first; a quality session's only after every
      // surface has had its turn.
      const keptFor = (x: Surface, kind: RunKind) => Number(x.id === keepFree && next?.kind === kind);
      choice = [...pool].sort(
        (x, y) =>
          keptFor(x, 'long') - keptFor(y, 'long') ||
          Number(taken.has(x.id)) - Number(taken.has(y.id)) ||
          (lastUsed.get(x.id) ?? -Infinity) - (lastUsed.get(y.id) ?? -Infinity) ||
          keptFor(x, 'quality') - keptFor(y, 'quality') ||
          rank(x) - rank(y),
      )[0]!;
    }
    lastUsed.set(choice.id, i);
    perWeek.set(`${run.week}:${choice.id}`, usedThisWeek(choice) + 1);
    result.push(choice.id);
  }
  return { surfaces: result };
}
