import { DirectedGraph, UndirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgesCsv, nodesCsv } from '../../server/export/csv.ts';
import type { ExportAttributes, ExportGraph } from '../../server/export/exportGraph.ts';
import { toGexf } from '../../server/export/gexf.ts';
import { toGraphml } from '../../server/export/graphml.ts';

function sample(): ExportGraph {
  const graph: ExportGraph = new UndirectedGraph<ExportAttributes, ExportAttributes>();
  graph.addNode('p-1', { label: 'Ana <Lima> & "Co"', unit: 'sales', betweenness: 0.25, isolated: false });
  graph.addNode('p-2', { label: 'Ben', unit: 'it', betweenness: 0, isolated: true });
  graph.addEdge('p-1', 'p-2', { weight: 1.5, engagements: 3 });
  return graph;
}

const text = fc.string({ maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0);
const randomGraph = fc
  .record({
    labels: fc.uniqueArray(text, { minLength: 1, maxLength: 12 }),
    scores: fc.array(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => (x === 0 ? 0 : x)), // -0 has no meaning in a metric
      { minLength: 12, maxLength: 12 },
    ),
    edges: fc.array(fc.tuple(fc.nat(11), fc.nat(11), fc.double({ min: 0.001, max: 100, noNaN: true })), {
      maxLength: 30,
    }),
  })
  .map(({ labels, scores, edges }) => {
    const graph: ExportGraph = new UndirectedGraph<ExportAttributes, ExportAttributes>();
    labels.forEach((label, i) => graph.addNode(`n${i}`, { label, score: scores[i]!, flagged: i % 2 === 0 }));
    for (const [a, b, weight] of edges) {
      if (a < labels.length && b < labels.length && a !== b && !graph.hasEdge(`n${a}`, `n${b}`)) {
        graph.addEdge(`n${a}`, `n${b}`, { weight });
      }
    }
    return graph;
  });

describe('GraphML export', () => {
  it('round-trips nodes, edges and typed attributes through a GraphML parser', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const parsed = graphml.parse(UndirectedGraph, toGraphml(graph));
        expect(parsed.order).toBe(graph.order);
        expect(parsed.size).toBe(graph.size);
        graph.forEachNode((node, attributes) => expect(parsed.getNodeAttributes(node)).toEqual(attributes));
        graph.forEachEdge((_edge, attributes, source, target) => {
          expect(parsed.getEdgeAttribute(source, target, 'weight')).toBe(attributes.weight);
        });
      }),
      { numRuns: 50 },
    );
  });

  it('escapes markup in labels and declares the direction', () => {
    const xml = toGraphml(sample());
    expect(xml).toContain('Ana &lt;Lima&gt; &amp; &quot;Co&quot;');
    expect(xml).toContain('edgedefault="undirected"');
    const directed: ExportGraph = new DirectedGraph<ExportAttributes, ExportAttributes>();
    directed.mergeEdge('a', 'b', { weight: 1 });
    expect(toGraphml(directed)).toContain('edgedefault="directed"');
  });
});

describe('GEXF export', () => {
  it('writes labels, attributes and weights that Gephi reads back', () => {
    const parsed = gexf.parse(UndirectedGraph, toGexf(sample()));
    expect(parsed.getNodeAttributes('p-1')).toMatchObject({
      label: 'Ana <Lima> & "Co"',
      unit: 'sales',
      betweenness: 0.25,
      isolated: false,
    });
    expect(parsed.getEdgeAttribute('p-1', 'p-2', 'weight')).toBe(1.5);
  });
});

describe('CSV export', () => {
  it('writes one row per node and per edge with every attribute as a column', () => {
    const nodes = parse(nodesCsv(sample()), { columns: true }) as Array<Record<string, string>>;
    expect(nodes).toEqual([
      { id: 'p-1', label: 'Ana <Lima> & "Co"', unit: 'sales', betweenness: '0.25', isolated: 'false' },
      { id: 'p-2', label: 'Ben', unit: 'it', betweenness: '0', isolated: 'true' },
    ]);
    expect(parse(edgesCsv(sample()), { columns: true })).toEqual([
      { source: 'p-1', target: 'p-2', weight: '1.5', engagements: '3' },
    ]);
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    const graph: ExportGraph = new UndirectedGraph<ExportAttributes, ExportAttributes>();
    graph.addNode('x', { label: '=HYPERLINK("http://evil")', ei: -0.5 });
    const [row] = parse(nodesCsv(graph), { columns: true }) as Array<Record<string, string>>;
    expect(row).toEqual({ id: 'x', label: `'=HYPERLINK("http://evil")`, ei: '-0.5' });
  });
});
