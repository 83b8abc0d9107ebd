/** Degree, strength and ego-network breadth on small graphs whose answers are known by hand. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { degree, egoBreadth, egoNetwork, strength } from '../../../server/analytics/centrality/index.ts';

function smallOrg(): UndirectedGraph {
  const graph = new UndirectedGraph();
  graph.addNode('ana', { unit: 'finance' });
  graph.addNode('ben', { unit: 'finance' });
  graph.addNode('cy', { unit: 'it' });
  graph.addNode('dee', { unit: 'hr' });
  graph.addNode('eve', {});
  graph.addEdge('ana', 'ben', { weight: 2 });
  graph.addEdge('ana', 'cy', { weight: 0.5 });
  graph.addEdge('ana', 'dee', { weight: 0.25 });
  graph.addEdge('cy', 'dee', { weight: 1 });
  graph.addEdge('ana', 'ana', { weight: 9 });
  return graph;
}

describe('degree, strength and ego network', () => {
  const graph = smallOrg();

  it('counts ties to other people, leaving self-loops out', () => {
    expect(degree(graph).values).toEqual({ ana: 3, ben: 1, cy: 2, dee: 2, eve: 0 });
    expect(degree(graph, { normalised: true }).values.ana).toBe(0.75);
  });

  it('sums tie strengths and explains them by the mean tie', () => {
    const result = strength(graph);
    expect(result.values).toEqual({ ana: 2.75, ben: 2, cy: 1.5, dee: 1.25, eve: 0 });
    expect(result.inputs.meanTieStrength.cy).toBe(0.75);
  });

  it('measures breadth as the distinct units the alters belong to', () => {
    const result = egoNetwork(graph);
    expect(result.values.ana).toEqual({ size: 3, breadth: 3, externalBreadth: 2 });
    expect(result.values.ben).toEqual({ size: 1, breadth: 1, externalBreadth: 0 });
    expect(result.values.eve).toEqual({ size: 0, breadth: 0, externalBreadth: 0 });
    expect(result.inputs.withoutUnit).toBe(1);
    expect(egoBreadth(result).cy).toBe(2);
  });
});
