/**
 * The explorer's graph from a window's analytics (server/views/graphView.ts), on the tiny org of tinyOrg.ts
 * without Neo4j. Strengths by hand: s1 and i1 have 1 + 1 + 2 = 4, i5 has 1 + 1 + 1 = 3, l2 has 1, everyone else
 * 2; at unit level IT 2 + 1 = 3, Sales 2, Legal 1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WindowAnalytics } from '../../server/analytics/engine.ts';
import { graphQuery, type GraphAnswer } from '../../server/schema/graph.ts';
import { relationshipsQuery } from '../../server/schema/relationships.ts';
import { graphView } from '../../server/views/graphView.ts';
import { relationshipsView } from '../../server/views/relationshipsView.ts';
import { tinyOrgAnalytics, viewer } from './tinyOrg.ts';

let analytics: WindowAnalytics;
beforeAll(async () => {
  analytics = await tinyOrgAnalytics();
});

const ids = (answer: GraphAnswer) => answer.nodes.map((node) => node.id);
const edges = (answer: GraphAnswer) => answer.edges.map((e) => `${e.source}-${e.target}:${e.weight}`);
const personPage = (query: Record<string, unknown>) =>
  graphView(analytics, graphQuery.parse({ level: 'person', ...query }), viewer('analyst'));

describe('graph view paging', () => {
  it('ranks people by strength, ties by id, with the ties inside the page only', () => {
    const first = personPage({ limit: 3 });
    expect(ids(first)).toEqual(['i1', 's1', 'i5']);
    expect(first.nodes.map((node) => node.metrics.strength)).toEqual([4, 4, 3]);
    expect(edges(first)).toEqual(['i5-i1:1', 's1-i1:2']);
    expect(first.page).toEqual({ offset: 0, limit: 3, totalNodes: 12, truncated: true });
  });

  it('pages on through the ranking and says when the last page is reached', () => {
    const second = personPage({ limit: 3, offset: 3 });
    expect(ids(second)).toEqual(['i2', 'i3', 'i4']);
    expect(edges(second)).toEqual(['i2-i3:1', 'i3-i4:1']);
    const last = personPage({ limit: 3, offset: 9 });
    expect(ids(last)).toEqual(['s4', 's5', 'l2']);
    expect(edges(last)).toEqual(['s4-s5:1']);
    expect(last.page).toEqual({ offset: 9, limit: 3, totalNodes: 12, truncated: false });
  });

  it('keeps only ties at least minWeight strong, and filters by role', () => {
    expect(edges(personPage({ limit: 3, minWeight: 1.5 }))).toEqual(['s1-i1:2']);
    const brms = personPage({ roles: 'brm' });
    expect(ids(brms)).toEqual(['i2']);
    expect(brms.page.totalNodes).toBe(1);
  });
});

describe('graph view privacy floor', () => {
  const units = (role: 'viewer' | 'analyst') =>
    graphView(analytics, graphQuery.parse({ level: 'unit' }), viewer(role));

  it('leaves a unit under the floor out for a viewer — absent, not zero — with its ties', () => {
    const answer = units('viewer');
    expect(ids(answer)).toEqual(['it', 'sales']);
    expect(edges(answer)).toEqual(['sales-it:2']);
    expect(answer.page.totalNodes).toBe(2);
    expect(answer.privacy).toEqual({
      minGroupSize: 5,
      suppressedUnits: 1,
      note: '1 unit(s) with fewer than 5 people are left out, with their ties.',
    });
  });

  it('shows an analyst every unit with its members', () => {
    const answer = units('analyst');
    expect(answer.nodes.map((node) => [node.id, node.members, node.metrics.strength])).toEqual([
      ['it', 5, 3],
      ['sales', 5, 2],
      ['legal', 2, 1],
    ]);
    expect(edges(answer)).toEqual(['sales-it:2', 'it-legal:1']);
    expect(answer.privacy).toEqual({ minGroupSize: 5, suppressedUnits: 0 });
  });

  it('refuses the person level to a viewer', () => {
    expect(() => graphView(analytics, graphQuery.parse({ level: 'person' }), viewer('viewer'))).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });
});

describe('graph view flags', () => {
  it('flags Sales isolated with every rule that fired, and IT not', () => {
    const answer = graphView(analytics, graphQuery.parse({ level: 'unit' }), viewer('analyst'));
    const flags = Object.fromEntries(answer.nodes.map((node) => [node.id, node.flags]));
    // Sales: E-I (2 − 10) / 12 = −0.67 < −0.5; reaches 1 unit ≤ 2; 4 of 5 members without an outside tie
    // ≥ 80 %; 1 provider ≤ 1. Not fired: E-I vs random mixing (−0.94 > −1.5), BRM (i2). 4 of 6 ≥ 4.
    expect(flags.sales).toEqual([
      {
        flag: 'isolated',
        reason:
          'Isolated: E-I index -0.67 is below -0.5; members engage 1 other unit(s), at most 2; 80% of ' +
          'members have no tie outside the unit (threshold 80%); engages 1 provider(s), at most 1.',
      },
    ]);
    // IT (a provider) fires 2 of 4 (E-I −7/13 and reach 2), fewer than the 3 it takes.
    expect(flags.it).toEqual([]);
    expect(flags.legal).toEqual([]);
  });

  it('marks the people whose absence cuts units apart, saying which', () => {
    const answer = personPage({});
    const reasons = Object.fromEntries(
      answer.nodes.filter((node) => node.flags.length > 0).map((node) => [node.id, node.flags[0]!.reason]),
    );
    expect(Object.keys(reasons).sort()).toEqual(['i1', 'i5', 'l1', 's1']);
    expect(reasons.s1).toBe('Single point of failure: without them, Sales no longer reaches IT, Legal.');
    expect(reasons.i1).toBe('Single point of failure: without them, Sales no longer reaches IT, Legal.');
    expect(reasons.i5).toBe('Single point of failure: without them, Legal no longer reaches IT, Sales.');
  });
});

describe('graph view ties: stage and backbone', () => {
  it('gives each unit tie the stage the relationships dashboard shows for the pair', () => {
    const answer = graphView(analytics, graphQuery.parse({ level: 'unit' }), viewer('analyst'));
    const dashboard = relationshipsView(analytics, relationshipsQuery.parse({}), viewer('analyst'));
    const stageOf = (a: string, b: string) =>
      dashboard.relationships.find(
        (r) => (r.providerId === a && r.departmentId === b) || (r.providerId === b && r.departmentId === a),
      )?.stage?.stage;
    expect(answer.edges.length).toBe(2);
    for (const edge of answer.edges) {
      expect(edge.stage, `${edge.source}-${edge.target}`).toBeTruthy();
      expect(edge.stage).toBe(stageOf(edge.source, edge.target));
      expect(edge.relationship).toBe(true);
    }
  });

  it('gives each tie its disparity α over the whole graph: IT 3 of strength over 2 ties', () => {
    // Sales–IT 2: IT (1 − 2/3)¹ = 1/3, Sales has one tie (1); IT–Legal 1: IT (1 − 1/3)¹ = 2/3.
    const answer = graphView(analytics, graphQuery.parse({ level: 'unit' }), viewer('analyst'));
    const alpha = Object.fromEntries(answer.edges.map((e) => [`${e.source}-${e.target}`, e.disparity]));
    expect(alpha['sales-it']).toBeCloseTo(1 / 3, 12);
    expect(alpha['it-legal']).toBeCloseTo(2 / 3, 12);
    // A filtered page keeps the α of the whole graph.
    const itOnly = graphView(
      analytics,
      graphQuery.parse({ level: 'unit', minWeight: 1.5 }),
      viewer('analyst'),
    );
    expect(itOnly.edges.map((e) => e.disparity)).toEqual([alpha['sales-it']]);
  });

  it('has no stage at person level', () => {
    expect(personPage({}).edges.every((e) => e.stage === undefined && e.disparity !== undefined)).toBe(true);
  });
});
