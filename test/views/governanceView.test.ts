/**
 * Governance in the relationships answer (server/views/governanceView.ts via relationshipsView.ts) on the tiny
 * org of tinyOrg.ts, without Neo4j: each relationship's check list with its gaps in words (Sales has a BRM,
 * Legal none, and no side gave feedback), for viewers too; and GET /api/brm-roles' view, the BRM named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WindowAnalytics } from '../../server/analytics/engine.ts';
import { relationshipsQuery } from '../../server/schema/relationships.ts';
import { brmRolesView } from '../../server/views/governanceView.ts';
import { relationshipsView } from '../../server/views/relationshipsView.ts';
import { tinyOrgAnalytics, viewer } from './tinyOrg.ts';

let analytics: WindowAnalytics;
beforeAll(async () => {
  analytics = await tinyOrgAnalytics();
});

const view = (role: 'viewer' | 'analyst') =>
  relationshipsView(analytics, relationshipsQuery.parse({}), viewer(role));

describe('governance in the relationships view', () => {
  it('gives every relationship its check list and its gaps in words', () => {
    const rows = new Map(view('analyst').relationships.map((r) => [r.departmentId, r.governance]));
    expect(rows.get('sales')).toMatchObject({
      purpose: true,
      brm: true,
      targetMaturity: true,
      feedbackBothSides: false,
    });
    expect(rows.get('sales')!.gaps).toEqual([
      {
        check: 'feedbackBothSides',
        reason: 'No feedback from the business nor from the provider in the last 6 months.',
      },
    ]);
    expect(rows.get('legal')!.gaps.map((g) => g.check)).toEqual(['brm', 'feedbackBothSides']);
  });

  it('shows a viewer the gaps too: they name no one', () => {
    const [row] = view('viewer').relationships;
    expect(row!.governance!.gaps.map((g) => g.check)).toEqual(['feedbackBothSides']);
  });

  it('names each BRM with their role and the rule in words', () => {
    const answer = brmRolesView(analytics);
    expect(answer.brms).toEqual([
      {
        id: 'i2',
        name: 'Person i2',
        departments: ['sales'],
        role: 'unknown',
        roleName: 'too little to judge',
        engagements: 3,
        shares: {
          transactional: 2 / 3,
          strategic: 1 / 3,
          startedByBusiness: 2 / 3,
          startedByProvider: 1 / 3,
        },
        reason: '3 engagements with the departments served in the window; 6 are needed to judge.',
      },
    ]);
    expect(answer.rule).toMatch(
      /^Order taker: at least 50 % tickets or requests, at least 70 % started by the business\./,
    );
  });
});
