/** Focus mode's two hops equal the nodes at graph distance ≤ 2, from an all-pairs distance table. */
import { describe, expect, it } from 'vitest';
import { withinHops } from '../../../client/map/focus.ts';
import { buildModel } from '../../../client/map/model.ts';
import { syntheticAnswer } from '../../support/syntheticGraph.ts';

describe('focus mode', () => {
  it('keeps exactly the nodes within two ties of the selected one', () => {
    const model = buildModel(syntheticAnswer({ people: 90, tiesPerPerson: 2, seed: 5 }));
    const n = model.nodes.length;
    const index = new Map(model.nodes.map((node, i) => [node, i]));
    const distance = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)),
    );
    for (const link of model.links) {
      const [a, b] = [index.get(link.source)!, index.get(link.target)!];
      distance[a]![b] = distance[b]![a] = 1;
    }
    for (let k = 0; k < n; k++)
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
          distance[i]![j] = Math.min(distance[i]![j]!, distance[i]![k]! + distance[k]![j]!);
    for (const start of model.nodes.slice(0, 30)) {
      const s = index.get(start)!;
      const expected = model.nodes
        .filter((_, j) => distance[s]![j]! <= 2)
        .map((node) => node.id)
        .sort();
      expect([...withinHops(model.ties, start)].map((node) => node.id).sort()).toEqual(expected);
    }
  });
});
