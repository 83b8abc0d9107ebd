/**
 * The value rule (server/analytics/value): planned benefit falls due linearly over 12 calendar months from the
 * start; the leakage is what was due less what was realised, per unit and as a share of what was due; only
 * initiatives that had started count. Fixed examples worked by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dueShare,
  relationshipValue,
  type InitiativeProgress,
} from '../../../server/analytics/value/index.ts';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

const initiative = (patch: Partial<InitiativeProgress>): InitiativeProgress => ({
  id: 'i-1',
  providerId: 'it',
  departmentId: 'sales',
  name: 'CRM rollout',
  startedAt: '2025-01-01',
  plannedBenefit: 120_000,
  unit: 'EUR',
  realised: 0,
  ...patch,
});

describe('due share', () => {
  it('accrues linearly over twelve calendar months from the start', () => {
    expect(dueShare('2026-01-01', at('2026-07-01'), 12)).toBeCloseTo(181 / 365, 12);
    expect(dueShare('2026-01-01', at('2026-01-01'), 12)).toBe(0);
    expect(dueShare('2026-01-01', at('2025-12-01'), 12)).toBe(0);
    expect(dueShare('2026-01-01', at('2027-01-01'), 12)).toBe(1);
    expect(dueShare('2026-01-01', at('2028-06-01'), 12)).toBe(1);
  });

  it('counts calendar months, clamping the day to the month end', () => {
    expect(new Date(addMonths('2026-01-31', 1)).toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(new Date(addMonths('2026-03-15', 12)).toISOString().slice(0, 10)).toBe('2027-03-15');
    expect(dueShare('2026-01-01', at('2026-04-01'), 3)).toBe(1);
  });
});

describe('relationship value', () => {
  it('leaks what was due less what was realised, as a share of what was due', () => {
    const { relationships } = relationshipValue([initiative({ realised: 45_000 })], at('2026-01-01'));
    expect(relationships).toHaveLength(1);
    const [value] = relationships;
    expect(value!.amounts).toEqual([
      { unit: 'EUR', planned: 120_000, due: 120_000, realised: 45_000, leakage: 75_000, share: 0.625 },
    ]);
    expect(value!.share).toBe(0.625);
    expect(value!.key).toBe('it|sales');
  });

  it('counts only the due part of an initiative still accruing', () => {
    const asOf = '2025-07-01';
    const share = days('2025-01-01', asOf) / 365;
    const [value] = relationshipValue([initiative({ realised: 30_000 })], at(asOf)).relationships;
    expect(value!.amounts[0]!.due).toBeCloseTo(120_000 * share, 6);
    expect(value!.share).toBeCloseTo((120_000 * share - 30_000) / (120_000 * share), 12);
  });

  it('leaves initiatives not yet started out of the sums, and says nothing is due when none started', () => {
    const later = initiative({ id: 'i-2', startedAt: '2026-06-01', plannedBenefit: 1_000_000 });
    const [both] = relationshipValue(
      [initiative({ realised: 60_000 }), later],
      at('2026-01-01'),
    ).relationships;
    expect(both!.initiatives).toHaveLength(2);
    expect(both!.counted).toBe(1);
    expect(both!.amounts[0]!.planned).toBe(120_000);
    expect(both!.share).toBe(0.5);
    const [none] = relationshipValue([later], at('2026-01-01')).relationships;
    expect([none!.counted, none!.share, none!.amounts, none!.worst]).toEqual([0, null, [], null]);
  });

  it('never adds units: each has its sums, the share weighs them by how much of their plans was due', () => {
    const euros = initiative({ realised: 60_000 }); // fully due by 2026-01-01: share 0.5
    const hours = initiative({ id: 'i-h', unit: 'hours', plannedBenefit: 600, startedAt: '2025-07-01' });
    const weight = days('2025-07-01', '2026-01-01') / 365; // its due share; nothing realised: share 1
    const [value] = relationshipValue([euros, hours], at('2026-01-01')).relationships;
    expect(value!.amounts.map((a) => [a.unit, a.share])).toEqual([
      ['EUR', 0.5],
      ['hours', 1],
    ]);
    expect(value!.share).toBeCloseTo((1 * 0.5 + weight * 1) / (1 + weight), 12);
    expect(value!.worst).toEqual({ id: 'i-h', name: 'CRM rollout', share: 1 });
  });

  it('reads realised beyond what was due as a negative leakage (ahead of plan)', () => {
    const [value] = relationshipValue([initiative({ realised: 150_000 })], at('2026-06-01')).relationships;
    expect(value!.amounts[0]!.leakage).toBe(-30_000);
    expect(value!.share).toBe(-0.25);
  });

  it('keeps relationships apart, keyed by their unit pair', () => {
    const other = initiative({ id: 'i-9', providerId: 'hr', realised: 120_000 });
    const { relationships } = relationshipValue([initiative({}), other], at('2026-01-01'));
    expect(relationships.map((r) => [r.key, r.share])).toEqual([
      ['it|sales', 1],
      ['hr|sales', 0],
    ]);
  });
});
