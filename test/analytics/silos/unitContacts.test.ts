/**
 * Who carries a unit's contacts, on a hand-made person graph: Sales (Ana, Ben, Cy) reaches IT through Ana and
 * Ben, Legal through Ana alone; IT (Ida) reaches Sales through Ida alone; Legal (Lu) only through Lu; Solo (Sol)
 * has no tie outside. Counts by hand.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { PersonAttributes, PersonGraph, TieAttributes } from '../../../server/analytics/graphs.ts';
import { unitContacts } from '../../../server/analytics/silos/unitContacts.ts';

function persons(): PersonGraph {
  const graph = new UndirectedGraph<PersonAttributes, TieAttributes>();
  const person = (id: string, unit: string) =>
    graph.addNode(id, { name: id, role: 'staff', unit, unitType: 'department', unitKind: 'business' });
  for (const id of ['ana', 'ben', 'cy']) person(id, 'sales');
  person('ida', 'it');
  person('lu', 'legal');
  person('sol', 'solo');
  const tie = (a: string, b: string) => graph.addEdge(a, b, { weight: 1, engagements: 1 });
  tie('ana', 'ida');
  tie('ben', 'ida');
  tie('ana', 'lu');
  tie('ana', 'ben'); // inside Sales: no contact
  tie('cy', 'ben');
  return graph as PersonGraph;
}

describe('unitContacts', () => {
  const { units } = unitContacts(persons());

  it('counts the members who carry each contact and names the only one', () => {
    expect(units.sales!.partners).toEqual({
      it: { people: 2, only: null },
      legal: { people: 1, only: 'ana' },
    });
    expect(units.sales!.outside).toEqual({ people: 2, only: null });
    expect(units.it!.partners.sales).toEqual({ people: 1, only: 'ida' });
    expect(units.legal!.outside).toEqual({ people: 1, only: 'lu' });
  });

  it('gives a unit with no tie outside no carriers, not a missing entry', () => {
    expect(units.solo).toEqual({ outside: { people: 0, only: null }, partners: {} });
  });
});
