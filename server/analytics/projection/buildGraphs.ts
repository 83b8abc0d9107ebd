/**
 * Builds the derived graphs (server/analytics/graphs.ts) from the projection rows: pure functions, so they are
 * tested without a database. The unit graph sums person-tie weights across units; a tie inside a unit adds to
 * that unit's internalWeight.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type {
  InitiationGraph,
  PersonAttributes,
  PersonGraph,
  TieAttributes,
  UnitAttributes,
  UnitGraph,
} from '../graphs.ts';
import { prepareAdjacency } from './adjacency.ts';

export interface PersonRow extends PersonAttributes {
  id: string;
}
export interface UnitRow extends Omit<UnitAttributes, 'members' | 'internalWeight' | 'parent'> {
  id: string;
  /** The parent unit's id; null or absent for a top-level unit. */
  parent?: string | null;
}
export interface TieRow {
  a: string;
  b: string;
  weight: number;
  engagements: number;
}

export function buildPersonGraph(people: PersonRow[], ties: TieRow[]): PersonGraph {
  const graph: PersonGraph = new UndirectedGraph<PersonAttributes, TieAttributes>();
  for (const { id, ...attributes } of people) graph.addNode(id, attributes);
  prepareAdjacency(graph);
  for (const tie of ties) {
    if (graph.hasNode(tie.a) && graph.hasNode(tie.b) && tie.weight > 0) {
      graph.addEdge(tie.a, tie.b, { weight: tie.weight, engagements: tie.engagements });
    }
  }
  return graph;
}

export function buildUnitGraph(units: UnitRow[], persons: PersonGraph): UnitGraph {
  const graph: UnitGraph = new UndirectedGraph<UnitAttributes, TieAttributes>();
  for (const { id, parent, ...attributes } of units)
    graph.addNode(id, { ...attributes, ...(parent ? { parent } : {}), members: 0, internalWeight: 0 });
  prepareAdjacency(graph);
  persons.forEachNode((_person, { unit }) => {
    if (graph.hasNode(unit)) graph.updateNodeAttribute(unit, 'members', (n = 0) => n + 1);
  });
  persons.forEachEdge((_edge, tie, _a, _b, aAttributes, bAttributes) => {
    const [u, v] = [aAttributes.unit, bAttributes.unit];
    if (!graph.hasNode(u) || !graph.hasNode(v)) return;
    if (u === v) {
      graph.updateNodeAttribute(u, 'internalWeight', (w = 0) => w + tie.weight);
      return;
    }
    graph.updateUndirectedEdge(u, v, (attributes: Partial<TieAttributes>) => ({
      weight: (attributes.weight ?? 0) + tie.weight,
      engagements: (attributes.engagements ?? 0) + tie.engagements,
    }));
  });
  return graph;
}

export function buildInitiationGraph(
  people: PersonRow[],
  initiations: Array<{ source: string; target: string; weight: number; engagements: number }>,
): InitiationGraph {
  const graph: InitiationGraph = new DirectedGraph<PersonAttributes, TieAttributes>();
  for (const { id, ...attributes } of people) graph.addNode(id, attributes);
  prepareAdjacency(graph);
  for (const tie of initiations) {
    if (graph.hasNode(tie.source) && graph.hasNode(tie.target) && tie.weight > 0) {
      graph.addEdge(tie.source, tie.target, { weight: tie.weight, engagements: tie.engagements });
    }
  }
  return graph;
}
