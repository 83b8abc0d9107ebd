import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { overload, quantile } from '../../../server/analytics/governance/index.ts';
import type {
  PersonAttributes,
  PersonGraph,
  TieAttributes,
  UnitAttributes,
  UnitGraph,
} from '../../../server/analytics/graphs.ts';

function graphs() {
  const persons: PersonGraph = new UndirectedGraph<PersonAttributes, TieAttributes>();
  const units: UnitGraph = new UndirectedGraph<UnitAttributes, TieAttributes>();
  const unit = (id: string, parent?: string) =>
    units.addNode(id, {
      name: id,
      type: 'department',
      kind: 'business',
      members: 1,
      internalWeight: 0,
      ...(parent ? { parent } : {}),
    });
  ['hub', 'u1', 'u2', 'u3', 'u4', 'u5'].forEach((id) => unit(id));
  unit('u5-desk', 'u5');
  const person = (id: string, unitId: string, role: PersonAttributes['role'] = 'staff') =>
    persons.addNode(id, {
      name: id.toUpperCase(),
      role,
      unit: unitId,
      unitType: 'department',
      unitKind: 'business',
    });
  person('h', 'hub');
  person('l', 'hub', 'leader');
  person('a1', 'u1');
  person('a2', 'u1');
  ['b1:u2', 'c1:u3', 'd1:u4', 'e1:u5', 'e2:u5-desk'].forEach((s) =>
    person(...(s.split(':') as [string, string])),
  );
  const tie = { weight: 1, engagements: 1 };
  for (const other of ['a1', 'b1', 'c1', 'd1', 'e1']) {
    persons.addEdge('h', other, tie);
    persons.addEdge('l', other, tie);
  }
  persons.addEdge('a1', 'a2', tie);
  persons.addEdge('e1', 'e2', tie); // a sub-unit of u5: the same top-level unit
  return { persons, units };
}

describe('overload', () => {
  it('names the staff member above the 95th percentile who ties to five other units, in words', () => {
    const result = overload(graphs(), { h: 0.4, l: 0.3 });
    // nine people: seven at 0, then 0.3 and 0.4; rank 8 · 0.95 = 7.6 → 0.3 + 0.6 · (0.4 − 0.3)
    expect(result.threshold).toBeCloseTo(0.36, 10);
    expect(result.people).toEqual([
      {
        id: 'h',
        betweenness: 0.4,
        units: ['u1', 'u2', 'u3', 'u4', 'u5'],
        reason:
          'Carries 40 % of the shortest paths between people; ties to 5 other units; not in a leadership role.',
      },
    ]);
  });

  it('leaves out leaders and people tied to few units, however central', () => {
    const values = { h: 0.4, l: 0.5, a1: 0.1, e1: 0.2 };
    const result = overload(graphs(), values, { percentile: 0.5, minUnits: 4 });
    expect(result.threshold).toBe(0);
    expect(result.people.map((p) => p.id)).toEqual(['h']);
    // e1 ties to hub (twice) and its own sub-unit: one other unit
    expect(overload(graphs(), values, { percentile: 0.5, minUnits: 1 }).people.map((p) => p.id)).toEqual([
      'h',
      'e1',
      'a1',
    ]);
  });

  it('never lets more than the top share of people above the percentile (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const q = quantile(values, p)!;
          const above = values.filter((v) => v > q).length;
          expect(above).toBeLessThanOrEqual(values.length - 1 - Math.floor((values.length - 1) * p));
          expect(q).toBeGreaterThanOrEqual(Math.min(...values));
          expect(q).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
      { seed: 95 },
    );
  });
});
