import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brmRoleHealth,
  DEFAULT_BRM_ROLE_RULES,
  type BrmEngagementMix,
} from '../../../server/analytics/governance/index.ts';

function mix(counts: Partial<BrmEngagementMix>): BrmEngagementMix {
  const base = { transactional: 0, strategic: 0, meetings: 0, community: 0 };
  const all = { ...base, ...counts };
  return {
    brm: 'p-7',
    departments: ['sales'],
    startedByBusiness: 0,
    startedByProvider: 0,
    ...all,
    engagements: all.transactional + all.strategic + all.meetings + all.community,
  };
}

describe('brmRoleHealth', () => {
  it('reads an order taker: mostly requests, nearly all started by the business', () => {
    const health = brmRoleHealth(
      mix({ transactional: 16, meetings: 4, startedByBusiness: 18, startedByProvider: 2 }),
    );
    expect(health.role).toBe('orderTaker');
    expect(health.shares.transactional).toBe(0.8);
    expect(health.reason).toBe(
      'Takes orders: mostly requests the business started — of 20 engagements with the departments served, ' +
        "80 % were tickets or requests, 0 % planning with their leaders; 90 % started by the business, 10 % by the BRM's side.",
    );
  });

  it('reads a strategic partner: planning with the leaders, on the BRM side’s initiative', () => {
    const health = brmRoleHealth(
      mix({ strategic: 6, meetings: 3, transactional: 1, startedByProvider: 8, startedByBusiness: 2 }),
    );
    expect(health.role).toBe('strategicPartner');
  });

  it('reads an account manager in between, and judges nothing on too few engagements', () => {
    expect(
      brmRoleHealth(mix({ meetings: 8, transactional: 4, startedByProvider: 6, startedByBusiness: 6 })).role,
    ).toBe('accountManager');
    const few = brmRoleHealth(mix({ transactional: 5, startedByBusiness: 5 }));
    expect(few.role).toBe('unknown');
    expect(few.reason).toBe(
      '5 engagements with the departments served in the window; 6 are needed to judge.',
    );
  });

  it('never calls a BRM an order taker who starts a third or more, nor a partner whom the business mostly calls (property)', () => {
    const counts = fc.record({
      transactional: fc.integer({ min: 0, max: 30 }),
      strategic: fc.integer({ min: 0, max: 30 }),
      meetings: fc.integer({ min: 0, max: 30 }),
      community: fc.integer({ min: 0, max: 5 }),
      business: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(counts, ({ business, ...kinds }) => {
        const n = kinds.transactional + kinds.strategic + kinds.meetings + kinds.community;
        const startedByBusiness = Math.round(n * business);
        const health = brmRoleHealth(
          mix({ ...kinds, startedByBusiness, startedByProvider: n - startedByBusiness }),
        );
        const { orderTaker, strategicPartner, minEngagements } = DEFAULT_BRM_ROLE_RULES;
        if (n < minEngagements) {
          expect(health.role).toBe('unknown');
          return;
        }
        if (health.role === 'orderTaker')
          expect(startedByBusiness / n).toBeGreaterThanOrEqual(orderTaker.businessStartedShare);
        if (health.role === 'strategicPartner')
          expect(1 - startedByBusiness / n).toBeGreaterThanOrEqual(strategicPartner.providerStartedShare);
        expect(health.role).not.toBe('unknown');
      }),
      { seed: 7 },
    );
  });
});
