import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relationshipGovernance } from '../../../server/analytics/governance/index.ts';
import type { FeedbackTally } from '../../../server/analytics/projection/loadRelationshipFeedback.ts';

const serves = (providerId: string, departmentId: string, more: object = {}) => ({
  providerId,
  departmentId,
  purpose: 'Contracts and compliance advice',
  targetMaturity: 3,
  ...more,
});

const tally = (raterUnit: string, about: string[], period: number, answers = 1): FeedbackTally => ({
  dimension: 'trust',
  raterUnit,
  about,
  period,
  answers,
  scoreSum: 3 * answers,
});

describe('relationshipGovernance', () => {
  it('passes a relationship with a purpose, a BRM, a target and recent feedback from both sides', () => {
    const [legal] = relationshipGovernance({
      serves: [serves('legal', 'sales')],
      feedback: [tally('sales', ['legal'], 0), tally('legal', ['legal', 'sales'], 5, 2)],
      assignments: [{ personId: 'p-2', departmentId: 'sales' }],
    });
    expect(legal!.checks).toEqual({
      purpose: true,
      brm: true,
      targetMaturity: true,
      feedbackBothSides: true,
    });
    expect(legal!.gaps).toEqual([]);
    expect(legal!.brms).toEqual(['p-2']);
    expect(legal!.feedback).toEqual({ business: 1, provider: 2 });
  });

  it('names every gap in words: blank purpose, no BRM, no target, a silent provider', () => {
    const [gap] = relationshipGovernance({
      serves: [serves('legal', 'sales', { purpose: '   ', targetMaturity: null })],
      // the provider's answer is six periods old (outside the span), another unit's answer does not count
      feedback: [
        tally('sales', ['legal'], 1),
        tally('legal', ['legal', 'sales'], 6),
        tally('hr', ['sales'], 0),
      ],
      assignments: [{ personId: 'p-2', departmentId: 'marketing' }],
    });
    expect(gap!.gaps.map((g) => g.check)).toEqual(['purpose', 'brm', 'targetMaturity', 'feedbackBothSides']);
    expect(gap!.gaps[3]!.reason).toBe('No feedback from the provider in the last 6 months.');
    expect(gap!.gaps[1]!.reason).toMatch(/No accountable BRM/);
  });

  it('says when neither side gave feedback', () => {
    const [gap] = relationshipGovernance({ serves: [serves('it', 'sales')], feedback: [], assignments: [] });
    expect(gap!.gaps.find((g) => g.check === 'feedbackBothSides')!.reason).toBe(
      'No feedback from the business nor from the provider in the last 6 months.',
    );
  });

  it('holds the feedback check exactly when each side rated the other within the span (property)', () => {
    const units = ['it', 'sales', 'hr'];
    const arbitraryTally = fc.record({
      raterUnit: fc.constantFrom(...units),
      about: fc.subarray(units, { minLength: 1, maxLength: 2 }),
      period: fc.integer({ min: 0, max: 11 }),
      answers: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryTally, { maxLength: 12 }), (rows) => {
        const feedback = rows.map((r) => tally(r.raterUnit, r.about, r.period, r.answers));
        const [result] = relationshipGovernance({
          serves: [serves('it', 'sales')],
          feedback,
          assignments: [],
        });
        const recent = (rater: string, about: string) =>
          rows.some((r) => r.raterUnit === rater && r.about.includes(about) && r.period < 6);
        expect(result!.checks.feedbackBothSides).toBe(recent('sales', 'it') && recent('it', 'sales'));
        expect(result!.gaps.length).toBe(Object.values(result!.checks).filter((ok) => !ok).length);
      }),
      { seed: 12 },
    );
  });
});
