/** A relationship's value in words (server/views/valueWords.ts): compact amounts, currency signs, the leakage. */
import { describe, expect, it } from 'vitest';
import { relationshipValue } from '../../server/analytics/value/index.ts';
import { compactNumber, formatAmount, leakageWords, valueAnswer } from '../../server/views/valueWords.ts';

describe('value in words', () => {
  it('writes amounts compactly, currencies with their sign and other units after the number', () => {
    expect([120_000, 45_000, 12_345, 1_250_000, 950, 0].map(compactNumber)).toEqual([
      '120k',
      '45k',
      '12.3k',
      '1.25M',
      '950',
      '0',
    ]);
    expect(formatAmount(120_000, 'EUR')).toBe('€120k');
    expect(formatAmount(2_500_000, 'usd')).toBe('$2.5M');
    expect(formatAmount(1_200, 'hours')).toBe('1.2k hours');
  });

  it('says leaking, ahead of plan or on plan by the rounded percentage', () => {
    expect(leakageWords(0.625)).toBe('63 % leaking');
    expect(leakageWords(-0.1)).toBe('10 % ahead of plan');
    expect(leakageWords(0.002)).toBe('on plan');
  });

  it('gives the answer of a relationship with the API numbers and the sentence', () => {
    const initiative = {
      ...{ id: 'i-1', providerId: 'it', departmentId: 'sales', name: 'CRM rollout', startedAt: '2025-01-01' },
      ...{ plannedBenefit: 120_000, unit: 'EUR', realised: 45_000 },
    };
    const [value] = relationshipValue([initiative], new Date('2026-01-01T00:00:00Z')).relationships;
    const answer = valueAnswer(value!);
    expect(answer.text).toBe('€120k planned, €120k due, €45k realised — 63 % leaking');
    expect(answer).toMatchObject({ initiatives: 1, counted: 1, share: 0.625 });
    const later = { ...initiative, startedAt: '2026-06-01' };
    const [none] = relationshipValue([later], new Date('2026-01-01T00:00:00Z')).relationships;
    expect(valueAnswer(none!).text).toBe('1 initiative, nothing due yet');
  });
});
