/**
 * The readable map's pure parts on a hand-made unit answer: Sales (business) tied to IT (internal, 5
 * engagements, α 0.01) and Legal (business, α 0.5); IT tied to Cloud (external, α 0.3). The backbone keeps the
 * significant Sales–IT and each node's strongest tie; the insights name Sales' one provider; a tie is hit
 * near its line and not elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { unitInsights } from '../../../client/map/insights.ts';
import { buildModel } from '../../../client/map/model.ts';
import { segmentDistance, tieAt } from '../../../client/map/tieHit.ts';
import { stableColour } from '../../../client/theme.ts';
import type { GraphAnswer, GraphNode } from '../../../server/schema/graph.ts';

const unit = (id: string, label: string, unitKind: GraphNode['unitKind']): GraphNode => ({
  ...{ id, label, unit: id, unitName: label, unitKind, community: null, flags: [] },
  unitType: unitKind === 'business' ? 'department' : 'provider',
  metrics: { shareWithoutExternalTie: id === 'sales' ? 0.8 : 0 },
});

const answer: GraphAnswer = {
  level: 'unit',
  window: { key: '90d', from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
  nodes: [
    unit('sales', 'Sales', 'business'),
    unit('it', 'IT', 'internal'),
    unit('legal', 'Legal', 'business'),
    unit('cloud', 'Cloud', 'external'),
  ],
  edges: [
    { source: 'sales', target: 'it', weight: 5, engagements: 5, stage: 'growing', disparity: 0.01 },
    { source: 'sales', target: 'legal', weight: 1, engagements: 1, stage: null, disparity: 0.5 },
    { source: 'it', target: 'cloud', weight: 2, engagements: 2, stage: 'forming', disparity: 0.3 },
  ],
  page: { offset: 0, limit: 10, totalNodes: 4, truncated: false },
  metrics: ['shareWithoutExternalTie'],
  privacy: { minGroupSize: 5, suppressedUnits: 0 },
};

const pair = (m: ReturnType<typeof buildModel>) => m.links.map((l) => `${l.source.id}-${l.target.id}`);

describe('backbone', () => {
  it('keeps the significant ties and each node strongest, and every tie on demand', () => {
    // Legal's only (so strongest) tie is Sales–Legal; Cloud's is IT–Cloud: both stay.
    expect(pair(buildModel(answer, undefined, true))).toEqual(['sales-it', 'sales-legal', 'it-cloud']);
    const trimmed = {
      ...answer,
      edges: [...answer.edges, { source: 'legal', target: 'it', weight: 3, engagements: 3, disparity: 0.4 }],
    };
    // Now Legal's strongest is Legal–IT: Sales–Legal (α 0.5, nobody's strongest) leaves the backbone.
    expect(pair(buildModel(trimmed, undefined, true))).toEqual(['sales-it', 'it-cloud', 'legal-it']);
    expect(buildModel(trimmed, undefined, false).links.length).toBe(4);
    expect(buildModel(trimmed, undefined, true).allLinks.length).toBe(4);
  });
});

describe('insights', () => {
  it('says whom a department works with and what stands out, in sentences', () => {
    const model = buildModel(answer);
    expect(unitInsights(model.byId.get('sales')!, model)).toEqual([
      'Sales works with one provider: IT in this window.',
      'Its strongest tie is with IT: five engagements, growing.',
      '80 % of its members have no tie outside it.',
    ]);
    expect(unitInsights(model.byId.get('it')!, model)[0]).toBe(
      'IT works with one business department in this window.',
    );
  });
});

describe('tie hit-testing and unit colours', () => {
  it('finds the tie nearest the pointer within the tolerance only', () => {
    expect(segmentDistance(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(segmentDistance(-4, 3, 0, 0, 10, 0)).toBe(5);
    const model = buildModel(answer);
    const [a, b] = [model.byId.get('sales')!, model.byId.get('it')!];
    [a.x, a.y, b.x, b.y] = [0, 0, 100, 0];
    for (const n of ['legal', 'cloud']) Object.assign(model.byId.get(n)!, { x: 500, y: 500 });
    expect(tieAt(model.links, 50, 2, 3)?.data.source).toBe('sales');
    expect(tieAt(model.links, 50, 20, 3)).toBeUndefined();
  });

  it('gives a unit the same colour whatever else is shown', () => {
    expect(stableColour('sales')).toBe(stableColour('sales'));
    const colours = new Set(['sales', 'it', 'legal', 'cloud', 'hr', 'finance', 'ops'].map(stableColour));
    expect(colours.size).toBeGreaterThan(2);
  });
});
