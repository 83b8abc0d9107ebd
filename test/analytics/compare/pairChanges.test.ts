import { UndirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { pairChanges } from '../../../server/analytics/compare/pairChanges.ts';
import type { TieAttributes } from '../../../server/analytics/graphs.ts';

function ties(list: Array<[string, string, number]>): UndirectedGraph<Record<string, never>, TieAttributes> {
  const graph = new UndirectedGraph<Record<string, never>, TieAttributes>();
  for (const [a, b, engagements] of list) graph.mergeEdge(a, b, { weight: engagements, engagements });
  return graph;
}

const byPair = (pairs: Awaited<ReturnType<typeof pairChanges>>) =>
  Object.fromEntries(pairs.map((p) => [`${p.a}-${p.b}`, p]));

describe('pairChanges', () => {
  const before = ties([['A', 'B', 9], ['A', 'C', 2], ['B', 'C', 10], ['C', 'D', 1]]); // prettier-ignore
  const after = ties([['B', 'A', 18], ['A', 'C', 3], ['B', 'C', 5], ['D', 'E', 4]]); // prettier-ignore
  let pairs: ReturnType<typeof byPair>;
  beforeAll(async () => {
    pairs = byPair(await pairChanges({ graph: before, days: 90 }, { graph: after, days: 90 }));
  });

  it('calls a pair stronger or weaker by engagements per 30 days, whichever way round its ends are stored', () => {
    expect(pairs['A-B']).toMatchObject({ change: 'stronger', before: 3, after: 6, delta: 3, relative: 1 });
    expect(pairs['B-C']).toMatchObject({ change: 'weaker', before: 10 / 3, after: 5 / 3, relative: -0.5 });
  });

  it('keeps a move of fewer than three engagements steady, however large in percent', () => {
    expect(pairs['A-C']).toMatchObject({ change: 'steady', engagementsBefore: 2, engagementsAfter: 3 });
    expect(pairs['A-C']!.relative).toBeCloseTo(0.5, 12);
  });

  it('names pairs seen in one period only gained or lost', () => {
    expect(pairs['D-E']).toMatchObject({ change: 'gained', before: 0, relative: null, engagementsAfter: 4 });
    expect(pairs['C-D']).toMatchObject({ change: 'lost', after: 0, relative: -1, engagementsBefore: 1 });
  });

  it('ranks pairs by the size of their move', async () => {
    const ranked = await pairChanges({ graph: before, days: 90 }, { graph: after, days: 90 });
    expect(ranked.map((p) => `${p.a}-${p.b}`)).toEqual(['A-B', 'B-C', 'D-E', 'A-C', 'C-D']);
  });

  it('compares periods of different lengths by their rate, not their totals', async () => {
    const [pair] = await pairChanges(
      { graph: ties([['A', 'B', 6]]), days: 60 },
      { graph: ties([['A', 'B', 12]]), days: 120 },
    );
    expect(pair).toMatchObject({ change: 'steady', before: 3, after: 3, delta: 0, relative: 0 });
  });
});
