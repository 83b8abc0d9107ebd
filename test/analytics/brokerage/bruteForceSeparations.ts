/**
 * The unit pairs each person (and each tie) alone connects, from the definition: units A and B are connected
 * when some member of A and some member of B are in one component; remove the person (the tie), recompute the
 * components, and keep the pairs that were connected and are no longer — except pairs with a unit whose only
 * member in the person's component was the person. Quadratic and slow on purpose: no DFS low-points.
 */
import type { UndirectedGraph } from 'graphology';

type Pairs = Record<string, Array<[string, string]>>;

export function bruteForceSeparations(graph: UndirectedGraph, units: Record<string, string>) {
  const before = connectedPairs(graph, units, null, null);
  const people: Pairs = {};
  const ties: Pairs = {};
  for (const person of graph.nodes()) {
    const component = componentOf(graph, person, null, null);
    const remaining = new Set([...component].filter((p) => p !== person).map((p) => units[p]!));
    const after = connectedPairs(graph, units, person, null);
    const cut = [...before].filter((pair) => !after.has(pair) && both(pair, (u) => remaining.has(u)));
    if (cut.length) people[person] = sorted(cut);
  }
  graph.forEachEdge((_edge, _attributes, a, b) => {
    const after = connectedPairs(graph, units, null, [a, b]);
    const cut = [...before].filter((pair) => !after.has(pair));
    if (cut.length) ties[[a, b].sort().join()] = sorted(cut);
  });
  return { people, ties };
}

function connectedPairs(
  graph: UndirectedGraph,
  units: Record<string, string>,
  without: string | null,
  withoutTie: [string, string] | null,
): Set<string> {
  const pairs = new Set<string>();
  const seen = new Set<string>();
  for (const start of graph.nodes()) {
    if (start === without || seen.has(start)) continue;
    const component = componentOf(graph, start, without, withoutTie);
    component.forEach((p) => seen.add(p));
    const present = [...new Set([...component].map((p) => units[p]!))].sort();
    for (let i = 0; i < present.length; i++)
      for (let j = i + 1; j < present.length; j++) pairs.add(`${present[i]}|${present[j]}`);
  }
  return pairs;
}

function componentOf(
  graph: UndirectedGraph,
  start: string,
  without: string | null,
  withoutTie: [string, string] | null,
): Set<string> {
  const component = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const v = queue.pop()!;
    for (const w of graph.neighbors(v)) {
      if (w === without || component.has(w)) continue;
      if (withoutTie && withoutTie.includes(v) && withoutTie.includes(w)) continue;
      component.add(w);
      queue.push(w);
    }
  }
  return component;
}

function both(pair: string, test: (unit: string) => boolean): boolean {
  return pair.split('|').every(test);
}

function sorted(pairs: string[]): Array<[string, string]> {
  return pairs.sort().map((pair) => pair.split('|') as [string, string]);
}
