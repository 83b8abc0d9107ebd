/**
 * Explorer answers of the contract's shape (server/schema/graph.ts) from seeded org-like graphs (units of
 * 8–40 people, most ties inside the unit; test/analytics/centrality/orgGraph.ts): input for the client's unit
 * tests and the rendering benchmark, where the size must be chosen freely. Metrics are degree and strength,
 * computed here from the graph; units are business departments, with every fifth an internal and every
 * seventh an external provider.
 */
import { orgGraph } from '../analytics/centrality/orgGraph.ts';
import type { GraphAnswer, GraphEdge, GraphNode } from '../../server/schema/graph.ts';

export function syntheticAnswer(options: {
  people: number;
  tiesPerPerson?: number;
  seed?: number;
}): GraphAnswer {
  const { people, tiesPerPerson = 5, seed = 1 } = options;
  const graph = orgGraph({ people, ties: Math.round(people * tiesPerPerson), seed });
  const nodes: GraphNode[] = graph.mapNodes((id, attributes) => {
    const unit = attributes.unit as string;
    const index = Number(unit.slice(1));
    const provider = index % 5 === 4 || index % 7 === 6;
    return {
      id,
      label: `Person ${id.slice(1)}`,
      unit,
      unitName: `Unit ${index}`,
      unitType: provider ? 'provider' : 'department',
      unitKind: !provider ? 'business' : index % 5 === 4 ? 'internal' : 'external',
      role: 'staff',
      community: index % 12,
      metrics: {
        degree: graph.degree(id),
        strength: graph.reduceEdges(id, (sum, _edge, tie) => sum + (tie.weight as number), 0),
      },
      flags: [],
    };
  });
  const edges: GraphEdge[] = graph.mapEdges((_edge, attributes, source, target) => ({
    source,
    target,
    weight: attributes.weight as number,
    engagements: 1,
  }));
  return {
    level: 'person',
    window: { key: '90d', from: '2026-08-03T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
    nodes,
    edges,
    page: { offset: 0, limit: 20_000, totalNodes: nodes.length, truncated: false },
    metrics: ['degree', 'strength'],
    privacy: { minGroupSize: 5, suppressedUnits: 0 },
  };
}
