/**
 * How the units of a window hang together through people: which unit pairs are connected by some path of person
 * ties (a member of one reaches a member of the other), and how many person ties join each pair directly.
 * Units by the partition given (the top-level one: IT's service desk counts as IT, as cut points count it).
 */
import type { PersonGraph } from '../graphs.ts';

export interface UnitLinks {
  /** Unit pairs joined by some path, as pairKey(a, b). */
  connected: Set<string>;
  /** Person ties between the two units, by pairKey(a, b). */
  direct: Map<string, number>;
  /** Units with at least one member in the graph. */
  present: Set<string>;
}

export function unitLinks(persons: PersonGraph, unitOf: Readonly<Record<string, string>>): UnitLinks {
  const component = components(persons);
  const unitsByComponent = new Map<number, Set<string>>();
  const present = new Set<string>();
  persons.forEachNode((person) => {
    const unit = unitOf[person];
    if (unit === undefined) return;
    present.add(unit);
    const c = component.get(person)!;
    const set = unitsByComponent.get(c) ?? new Set<string>();
    set.add(unit);
    unitsByComponent.set(c, set);
  });
  const connected = new Set<string>();
  for (const set of unitsByComponent.values()) {
    const list = [...set];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) connected.add(pairKey(list[i]!, list[j]!));
  }
  const direct = new Map<string, number>();
  persons.forEachEdge((_edge, _tie, a, b) => {
    const [ua, ub] = [unitOf[a], unitOf[b]];
    if (ua === undefined || ub === undefined || ua === ub) return;
    const key = pairKey(ua, ub);
    direct.set(key, (direct.get(key) ?? 0) + 1);
  });
  return { connected, direct, present };
}

/** Connected components by breadth-first search: person → component number. */
function components(persons: PersonGraph): Map<string, number> {
  const component = new Map<string, number>();
  let next = 0;
  persons.forEachNode((start) => {
    if (component.has(start)) return;
    const queue = [start];
    component.set(start, next);
    for (let i = 0; i < queue.length; i++) {
      persons.forEachNeighbor(queue[i]!, (other) => {
        if (component.has(other)) return;
        component.set(other, next);
        queue.push(other);
      });
    }
    next++;
  });
  return component;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function pairOf(key: string): [string, string] {
  return key.split('\u0000') as [string, string];
}
