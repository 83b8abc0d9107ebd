/**
 * Large graphs built faster: graphology keeps each node's neighbours in plain objects keyed by neighbour id
 * (`{}` per node and direction). Filling 20,000 such objects with ids as keys makes V8 create a hidden class per
 * key added to each of them (a transition chain per node), which is most of the cost of `addEdge` on a person
 * graph of `l` (180,000 ties) and much of the garbage. An object in dictionary mode has no such chain (adding a
 * key is a hash insert), so the same graph builds in about half the time; and it is the same graph: ordinary
 * objects, prototype and all, whose keys keep their insertion order.
 *
 * This reaches into graphology's node records (`_nodes`, its `in` / `out` / `undirected` indices), so it is
 * defensive: a graph whose records look different is left as it is (correct, only slower), and a unit test
 * (test/analytics/projection/adjacency.test.ts) fails if the records stop being found.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

const INDICES = ['in', 'out', 'undirected'] as const;

/** Call on a graph with its nodes added and no edge yet; answers how many node records it prepared. */
export function prepareAdjacency(graph: AbstractGraph<Attributes, Attributes>): number {
  if (graph.size > 0) return 0;
  const records = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(records instanceof Map)) return 0;
  let prepared = 0;
  for (const record of records.values() as Iterable<Record<string, unknown>>) {
    for (const index of INDICES) {
      const neighbours = record[index];
      if (isEmptyPlainObject(neighbours)) record[index] = dictionaryObject();
    }
    prepared++;
  }
  return prepared;
}

/**
 * An empty object of the ordinary kind (graphology calls `hasOwnProperty` on it) in dictionary mode: one made
 * without a prototype is, and giving it Object.prototype afterwards leaves it so.
 */
function dictionaryObject(): object {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as object;
}

function isEmptyPlainObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)
    return false;
  for (const _ in value) return false;
  return true;
}
