/**
 * The insight cards' plain words for fragile contacts, on a hand-made unit answer: Product Development works
 * with one provider (Facilities) through one person and has no BRM; Sales works with two providers, its contact
 * with IT through one person; a viewer's answer carries no names and reads "through one person".
 */
import { describe, expect, it } from 'vitest';
import { contactInsights } from '../../../client/map/contactInsights.ts';
import { unitInsights } from '../../../client/map/insights.ts';
import { buildModel } from '../../../client/map/model.ts';
import type { GraphAnswer, GraphNode } from '../../../server/schema/graph.ts';

type Contacts = NonNullable<GraphNode['contacts']>;

const unit = (
  id: string,
  label: string,
  unitKind: GraphNode['unitKind'],
  contacts?: Contacts,
): GraphNode => ({
  ...{ id, label, unit: id, unitName: label, unitKind, community: null, flags: [], metrics: {} },
  unitType: unitKind === 'business' ? 'department' : 'provider',
  ...(contacts && { contacts }),
});

const ana = { id: 'p-1', name: 'Ana Lopez' };

function answer(named: boolean): GraphAnswer {
  const one = named ? { people: 1, person: ana } : { people: 1 };
  return {
    level: 'unit',
    window: { key: '90d', from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
    nodes: [
      unit('pd', 'Product Development', 'business', {
        outside: one,
        partners: [{ unit: 'fac', ...one }],
        hasBrm: false,
      }),
      unit('sales', 'Sales', 'business', {
        outside: { people: 4 },
        partners: [
          { unit: 'it', ...one },
          { unit: 'fac', people: 3 },
        ],
        hasBrm: true,
      }),
      unit('fac', 'Facilities', 'internal', {
        outside: { people: 2 },
        partners: [
          { unit: 'pd', people: 2 },
          { unit: 'sales', people: 2 },
        ],
      }),
      unit('it', 'IT', 'internal'),
    ],
    edges: [
      { source: 'pd', target: 'fac', weight: 1, engagements: 2, stage: null },
      { source: 'sales', target: 'it', weight: 5, engagements: 5, stage: null },
      { source: 'sales', target: 'fac', weight: 3, engagements: 3, stage: null },
    ],
    page: { offset: 0, limit: 10, totalNodes: 4, truncated: false },
    metrics: [],
    privacy: { minGroupSize: 5, suppressedUnits: 0 },
  };
}

const insightsOf = (id: string, named: boolean) => {
  const model = buildModel(answer(named));
  return unitInsights(model.byId.get(id)!, model);
};

describe('insight cards on fragile contacts', () => {
  it('says a department works with one provider, through whom, and that it has no BRM', () => {
    const lines = insightsOf('pd', true);
    expect(lines[0]).toBe(
      'Product Development works with one provider, Facilities, through one person (Ana Lopez), and has no BRM.',
    );
    expect(lines).toContain(
      'Its only contact with the rest of the organisation runs through one person (Ana Lopez).',
    );
    expect(lines.some((line) => line.includes('contact with Facilities'))).toBe(false); // said once
  });

  it('names no one for a viewer: "through one person"', () => {
    const lines = insightsOf('pd', false);
    expect(lines[0]).toBe(
      'Product Development works with one provider, Facilities, through one person, and has no BRM.',
    );
    expect(lines.join(' ')).not.toContain('Ana');
  });

  it('points out each tie carried by one person when a unit has several partners', () => {
    const lines = insightsOf('sales', true);
    expect(lines[0]).toBe('Sales works with two providers: IT, Facilities in this window.');
    expect(lines).toContain('Its contact with IT runs through one person (Ana Lopez).');
    expect(lines.some((line) => line.includes('BRM'))).toBe(false);
    expect(lines.some((line) => line.includes('Facilities runs'))).toBe(false);
  });

  it('says nothing of contacts a unit does not carry through one person, or has no data on', () => {
    expect(insightsOf('fac', true).some((line) => line.includes('one person'))).toBe(false);
    expect(contactInsights(undefined, [{ id: 'x', label: 'X' }])).toEqual([]);
  });

  it('counts the rest when more than three ties run through one person', () => {
    const partners = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id.toUpperCase() }));
    const lines = contactInsights(
      { outside: { people: 3 }, partners: partners.map((p) => ({ unit: p.id, people: 1 })) },
      partners,
    );
    expect(lines).toEqual([
      'Its contact with A runs through one person.',
      'Its contact with B runs through one person.',
      'Its contact with C runs through one person.',
      '2 more of its ties run through one person each.',
    ]);
  });
});
