/**
 * The single points of failure a unit hangs on: people whose absence cuts the unit from some other unit
 * (brokerage/cutPoints.ts), and for each, which side of the cut every person falls on — so that a candidate
 * tie can be checked for whether it would make a second bridge: it does when it joins the unit's side to a
 * side holding units the broker alone connects it to.
 */
import { cutPoints } from '../brokerage/index.ts';
import type { PersonGraph } from '../graphs.ts';

export interface BrokerSide {
  broker: string;
  /** Units the broker alone connects the unit to. */
  cutFrom: string[];
  /** Person → piece number in the graph without the broker (the broker's component only). */
  piece: Map<string, number>;
  /** Pieces holding members of the unit. */
  unitPieces: Set<number>;
  /** Piece → the units of cutFrom present in it. */
  reconnects: Map<number, string[]>;
  /** Units other than the unit with members in the window: the denominator of a relief's share. */
  otherUnits: number;
}

export function brokerSides(
  persons: PersonGraph,
  unitOf: Record<string, string>,
  unit: string,
): BrokerSide[] {
  const cuts = cutPoints(persons, { partition: unitOf, limit: Infinity });
  const otherUnits = new Set(Object.values(unitOf)).size - 1;
  const sides: BrokerSide[] = [];
  for (const separation of cuts.people) {
    const cutFrom = new Set<string>();
    for (const group of separation.groups) {
      if (group.units.includes(unit)) group.cutFrom.forEach((u) => cutFrom.add(u));
      if (group.cutFrom.includes(unit)) group.units.forEach((u) => cutFrom.add(u));
    }
    if (cutFrom.size === 0) continue;
    sides.push({ ...side(persons, unitOf, unit, separation.person, cutFrom), otherUnits });
  }
  return sides;
}

function side(
  persons: PersonGraph,
  unitOf: Record<string, string>,
  unit: string,
  broker: string,
  cutFrom: Set<string>,
): Omit<BrokerSide, 'otherUnits'> {
  const piece = new Map<string, number>();
  let next = 0;
  persons.forEachNeighbor(broker, (start) => {
    if (piece.has(start)) return;
    const queue = [start];
    piece.set(start, next);
    for (let i = 0; i < queue.length; i++)
      persons.forEachNeighbor(queue[i]!, (other) => {
        if (other === broker || piece.has(other)) return;
        piece.set(other, next);
        queue.push(other);
      });
    next++;
  });
  const unitPieces = new Set<number>();
  const reconnects = new Map<number, Set<string>>();
  for (const [person, p] of piece) {
    const u = unitOf[person]!;
    if (u === unit) unitPieces.add(p);
    if (cutFrom.has(u)) reconnects.set(p, (reconnects.get(p) ?? new Set()).add(u));
  }
  return {
    broker,
    cutFrom: [...cutFrom].sort(),
    piece,
    unitPieces,
    reconnects: new Map([...reconnects].map(([p, units]) => [p, [...units].sort()])),
  };
}
