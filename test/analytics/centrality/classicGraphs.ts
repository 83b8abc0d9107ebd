/** The classic networks of test/fixtures/centrality (NetworkX edges and reference values) as graphology graphs. */
import fs from 'node:fs';
import { UndirectedGraph } from 'graphology';

export interface ClassicFixture {
  name: string;
  source: string;
  nodes: Array<{ id: string; unit?: string }>;
  edges: Array<[string, string, number]>;
  options: {
    eigenvector: { max_iter: number; tol: number };
    pagerank: { alpha: number; max_iter: number; tol: number };
  };
  expected: Record<string, Record<string, number>>;
}

export const CLASSIC_NAMES = ['karate', 'florentine', 'lesmis'] as const;

export function loadFixture(name: string): ClassicFixture {
  const url = new URL(`../../fixtures/centrality/${name}.json`, import.meta.url);
  return { name, ...(JSON.parse(fs.readFileSync(url, 'utf8')) as Omit<ClassicFixture, 'name'>) };
}

export function fixtureGraph(fixture: ClassicFixture): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of fixture.nodes) graph.addNode(node.id, node.unit ? { unit: node.unit } : {});
  for (const [source, target, weight] of fixture.edges) graph.addEdge(source, target, { weight });
  return graph;
}
