/**
 * Who would carry the load: the people whose betweenness rises most once others are gone — the paths the
 * removed people carried now run through them. Compared as load, the number of person pairs whose shortest
 * paths run through someone (unnormalised betweenness, each unordered pair once): the normalised value divides
 * by (n − 1)(n − 2), which a removal shrinks, so it would rise for everyone with any betweenness at all.
 */
import type { NodeValues } from '../centrality/index.ts';

export interface BetweennessRise {
  person: string;
  /** Person pairs whose shortest paths run through them (fractionally), before and after. */
  before: number;
  after: number;
  rise: number;
}

export interface NormalisedBetweenness {
  /** Normalised as NetworkX does (GET /api/centrality's values). */
  values: Readonly<Record<string, number | null>> | NodeValues;
  /** Nodes of the graph they were computed on. */
  order: number;
}

export function betweennessRises(
  before: NormalisedBetweenness,
  after: NormalisedBetweenness,
  limit = 10,
): BetweennessRise[] {
  const [was, is] = [pairsScale(before.order), pairsScale(after.order)];
  const rises: BetweennessRise[] = [];
  for (const [person, value] of Object.entries(after.values)) {
    const previous = before.values[person];
    if (value === null || previous === null || previous === undefined) continue;
    const load = { before: previous * was, after: value * is };
    if (load.after - load.before > 1e-9) rises.push({ person, ...load, rise: load.after - load.before });
  }
  return rises.sort((a, b) => b.rise - a.rise || (a.person < b.person ? -1 : 1)).slice(0, limit);
}

/** Normalised → unordered pairs: × (n − 1)(n − 2) / 2 (see centrality/betweenness.ts). */
export function pairsScale(order: number): number {
  return order > 2 ? ((order - 1) * (order - 2)) / 2 : 0;
}
