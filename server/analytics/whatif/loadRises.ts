/**
 * Who would carry the load, at the cost the graph allows: exact betweenness of the graph left (pathBetweenness)
 * up to EXACT_UP_TO people, beyond that the rises estimated source by source (riseEstimate.ts) — the cost of a
 * what-if on the m org was exact betweenness after the removal (bench/RESULTS.md, whatif), and a rise needs
 * only the sources whose shortest paths the removal touches. The note states the estimate and its error.
 */
import type { TieGraph } from '../centrality/index.ts';
import { betweennessRises, pairsScale, type BetweennessRise } from './betweennessRises.ts';
import { pathBetweenness } from './pathBetweenness.ts';
import { estimateRises } from './riseEstimate.ts';

/** Larger graphs get the estimate: on the s org (~150 people) every answer stays exact. */
export const EXACT_UP_TO = 1000;
/** Sources traversed on both graphs (4 per block of the kernel's 64). */
export const RISE_SAMPLES = 256;

export interface LoadRises {
  rises: BetweennessRise[];
  note?: string;
}

export async function loadRises(
  graphs: { before: TieGraph; after: TieGraph; removed: ReadonlySet<string> },
  betweenness: Readonly<Record<string, number | null>>,
  limit: number,
): Promise<LoadRises> {
  const { before, after, removed } = graphs;
  if (after.order <= EXACT_UP_TO) {
    const path = await pathBetweenness(after);
    const rises = betweennessRises(
      { values: betweenness, order: before.order },
      { values: path.values, order: after.order },
      limit,
    );
    return { rises, ...(path.note && { note: path.note }) };
  }
  const estimate = await estimateRises(before, after, removed, { samples: RISE_SAMPLES, top: limit });
  const scale = pairsScale(before.order);
  const rises: BetweennessRise[] = [];
  for (const [person, rise] of estimate.rises) {
    const value = betweenness[person];
    if (value === null || value === undefined || rise <= 1e-9) continue;
    rises.push({ person, before: value * scale, after: value * scale + rise, rise });
  }
  rises.sort((a, b) => b.rise - a.rise || (a.person < b.person ? -1 : 1));
  const note =
    `load rises estimated from ${estimate.samples} of ${estimate.sources} sources, each compared before and ` +
    `after (the largest within ±${Math.round(estimate.bound)} person pairs at 90% confidence)`;
  return { rises: rises.slice(0, limit), note };
}
