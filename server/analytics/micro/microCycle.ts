/**
 * The micro engagement cycle (DESIGN §3.4): one-on-one meetings and transactions per dyad (pair of people), and
 * rolled up to pairs of top-level units. A unit pair's numbers are computed on the merged one-on-ones of all
 * its dyads (its cadence is the gaps of the merged timeline, not an average of the dyads' cadences); β is
 * oriented a → b with a < b by unit id. Dyads inside one unit are reported but belong to no unit pair.
 * Linear in the number of one-on-ones.
 */
import type { DyadRow } from '../projection/loadMicroDyads.ts';
import { pairKey } from '../relationship.ts';
import type { TimeWindow } from '../window.ts';
import {
  addMicro,
  emptyMicro,
  summariseMicro,
  type MicroAggregate,
  type MicroSummary,
} from './microSummary.ts';

export interface DyadMicro extends MicroSummary {
  a: string;
  b: string;
  unitA: string;
  unitB: string;
}

export interface UnitPairMicro extends MicroSummary {
  /** Top-level unit ids, a < b. */
  a: string;
  b: string;
  /** Dyads and distinct people of each side behind the numbers. */
  dyads: number;
  peopleA: number;
  peopleB: number;
}

/** The micro cycle of the unit pairs; the person pairs are `personPairs`, computed only when asked. */
export interface MicroCycleResult {
  metric: 'microCycle';
  unitPairs: UnitPairMicro[];
  window: { from: string; to: string };
}

export function microCycle(rows: readonly DyadRow[], window: TimeWindow): MicroCycleResult {
  return {
    metric: 'microCycle',
    unitPairs: rollUpToUnitPairs(rows, window),
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
  };
}

/**
 * The micro cycle of each dyad (person pair): only the analysts' person-pair view reads it, and a window of `l`
 * has 100,000 dyads (16 MB to send between threads), so it is a family of its own (compute/families.ts).
 */
export function personPairs(rows: readonly DyadRow[], window: TimeWindow): DyadMicro[] {
  return rows.map((row) => ({
    a: row.a,
    b: row.b,
    unitA: row.unitA,
    unitB: row.unitB,
    ...summariseMicro(row, window),
  }));
}

interface PairAccumulator {
  a: string;
  b: string;
  aggregate: MicroAggregate;
  dyads: number;
  peopleA: Set<string>;
  peopleB: Set<string>;
}

export function rollUpToUnitPairs(rows: readonly DyadRow[], window: TimeWindow): UnitPairMicro[] {
  const pairs = new Map<string, PairAccumulator>();
  for (const row of rows) {
    if (row.unitA === row.unitB) continue;
    const swap = row.unitA > row.unitB;
    const [a, b] = swap ? [row.unitB, row.unitA] : [row.unitA, row.unitB];
    let pair = pairs.get(pairKey(a, b));
    if (!pair) {
      pair = { a, b, aggregate: emptyMicro(), dyads: 0, peopleA: new Set(), peopleB: new Set() };
      pairs.set(pairKey(a, b), pair);
    }
    addMicro(pair.aggregate, row, swap);
    pair.dyads += 1;
    pair.peopleA.add(swap ? row.b : row.a);
    pair.peopleB.add(swap ? row.a : row.b);
  }
  return [...pairs.values()].map((pair) => ({
    a: pair.a,
    b: pair.b,
    dyads: pair.dyads,
    peopleA: pair.peopleA.size,
    peopleB: pair.peopleB.size,
    ...summariseMicro(pair.aggregate, window),
  }));
}
