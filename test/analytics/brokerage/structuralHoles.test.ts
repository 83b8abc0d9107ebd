/** Burt's constraint and effective size against NetworkX 3.6 (weighted and not) and by hand. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { constraint, effectiveSize, type PersonValues } from '../../../server/analytics/brokerage/index.ts';
import { CLASSIC_NAMES, fixtureGraph, loadFixture } from '../centrality/classicGraphs.ts';
import { loadNetworkFixture } from '../communities/networkFixtures.ts';

function expectClose(actual: PersonValues, expected: Record<string, number | null>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [node, value] of Object.entries(expected)) {
    if (value === null) expect(actual[node], node).toBeNull();
    else expect(Math.abs(actual[node]! - value), `${node}: ${actual[node]} vs ${value}`).toBeLessThan(1e-9);
  }
}

describe.each(CLASSIC_NAMES)('structural holes on %s match NetworkX', (name) => {
  const graph = fixtureGraph(loadFixture(name));
  const { expected } = loadNetworkFixture(name);

  it('constraint, weighted by tie strength and unweighted', () => {
    expectClose(constraint(graph).values, expected.constraint);
    expectClose(constraint(graph, { weighted: false }).values, expected.constraintUnweighted);
  });

  it('effective size, weighted by tie strength and unweighted', () => {
    expectClose(effectiveSize(graph).values, expected.effectiveSize);
    expectClose(effectiveSize(graph, { weighted: false }).values, expected.effectiveSizeUnweighted);
  });
});

describe('structural holes by hand', () => {
  const star = new UndirectedGraph();
  for (const leaf of ['a', 'b', 'c', 'd']) star.mergeEdge('hub', leaf, { weight: 2 });

  it('a hub of four unconnected contacts: constraint 4 · (1/4)² = 1/4, effective size 4', () => {
    expect(constraint(star).values.hub).toBeCloseTo(0.25, 15);
    expect(effectiveSize(star).values.hub).toBeCloseTo(4, 15);
    expect(constraint(star).values.a).toBeCloseTo(1, 15);
    expect(effectiveSize(star).inputs.efficiency.hub).toBeCloseTo(1, 15);
  });

  it('a triangle: each contact is also reached through the other, (1/2 + 1/4)² twice; effective size 1', () => {
    const triangle = new UndirectedGraph();
    triangle.mergeEdge('x', 'y');
    triangle.mergeEdge('y', 'z');
    triangle.mergeEdge('z', 'x');
    expect(constraint(triangle).values.x).toBeCloseTo(2 * 0.75 ** 2, 15);
    expect(effectiveSize(triangle).values.x).toBeCloseTo(1, 15);
  });

  it('weights shares by tie strength and names the contact who constrains most', () => {
    // ego e: strong tie to s (3), weak to w (1), s–w tied (1). p_es = 3/4, p_ew = 1/4, p_sw = 1/4, p_ws = 1/2
    const graph = new UndirectedGraph();
    graph.mergeEdge('e', 's', { weight: 3 });
    graph.mergeEdge('e', 'w', { weight: 1 });
    graph.mergeEdge('s', 'w', { weight: 1 });
    const expected = (3 / 4 + (1 / 4) * (1 / 2)) ** 2 + (1 / 4 + (3 / 4) * (1 / 4)) ** 2;
    const result = constraint(graph);
    expect(result.values.e).toBeCloseTo(expected, 15);
    expect(result.inputs.mostConstrainingContact.e).toBe('s');
    // redundancy of s for e: p_ew · m_sw = 1/4 · 1/3; of w: p_es · m_ws = 3/4 · 1
    expect(effectiveSize(graph).values.e).toBeCloseTo(1 - 1 / 12 + (1 - 3 / 4), 15);
  });

  it('is null for a person without ties and refuses non-positive weights', () => {
    const graph = new UndirectedGraph();
    graph.addNode('alone');
    graph.mergeEdge('a', 'b', { weight: 1 });
    expect(constraint(graph).values.alone).toBeNull();
    expect(effectiveSize(graph).inputs.efficiency.alone).toBeNull();
    expect(constraint(graph).inputs.mostConstrainingContact.alone).toBeNull();
    graph.mergeEdge('b', 'c', { weight: 0 });
    expect(() => constraint(graph)).toThrow(/finite and > 0/);
  });
});
