/**
 * Graphs whose neighbour indices were prepared (adjacency.ts) are the same graphs: same nodes, edges, attributes
 * and iteration orders as graphs built the ordinary way. The preparation must find graphology's node records; if
 * an upgrade moves them, the count below drops to 0 and this test says so.
 */
import fc from 'fast-check';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { prepareAdjacency } from '../../../server/analytics/projection/adjacency.ts';

const edges = fc.array(fc.tuple(fc.nat(40), fc.nat(40), fc.double({ min: 0.01, max: 5, noNaN: true })), {
  maxLength: 300,
});
/** Ids as people are named, and some that are array indices (kept in another order by objects). */
const id = (n: number) => (n % 10 === 0 ? String(n) : `p-${n}`);

function build(kind: 'directed' | 'undirected', rows: Array<[number, number, number]>, prepared: boolean) {
  const graph = kind === 'directed' ? new DirectedGraph() : new UndirectedGraph();
  for (let n = 40; n >= 0; n--) graph.addNode(id(n), { unit: `u${n % 3}` });
  if (prepared) expect(prepareAdjacency(graph)).toBe(41);
  for (const [a, b, weight] of rows) {
    if (a !== b && !graph.hasEdge(id(a), id(b))) graph.addEdge(id(a), id(b), { weight });
  }
  return graph;
}

function shape(graph: DirectedGraph | UndirectedGraph) {
  const { nodes, edges: all } = graph.export();
  return {
    nodes,
    edges: all.map(({ source, target, attributes }) => ({ source, target, attributes })),
    neighbours: graph.nodes().map((node) => [graph.neighbors(node), graph.edges(node).length]),
    out: graph.type === 'directed' ? graph.nodes().map((node) => graph.outNeighbors(node)) : [],
  };
}

describe('prepared adjacency', () => {
  it('builds the same undirected and directed graphs, in the same orders', () => {
    fc.assert(
      fc.property(edges, (rows) => {
        for (const kind of ['undirected', 'directed'] as const) {
          expect(shape(build(kind, rows, true))).toEqual(shape(build(kind, rows, false)));
        }
      }),
      { seed: 20261204 },
    );
  });

  it('leaves a graph that already has edges alone', () => {
    const graph = new UndirectedGraph();
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdge('a', 'b');
    expect(prepareAdjacency(graph)).toBe(0);
    expect(graph.neighbors('a')).toEqual(['b']);
  });

  it('keeps the indices ordinary objects', () => {
    const graph = new UndirectedGraph();
    for (const node of ['a', 'b']) graph.addNode(node);
    prepareAdjacency(graph);
    graph.addEdge('a', 'b');
    graph.dropEdge('a', 'b');
    expect(graph.neighbors('a')).toEqual([]);
    expect(graph.hasEdge('a', 'b')).toBe(false);
  });
});
