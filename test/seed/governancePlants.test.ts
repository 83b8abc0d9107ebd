/** The planted governance patterns are in the raw data (seed/governancePlants.ts), for sizes s and m. */
import { describe, expect, it } from 'vitest';
import { HISTORY_END } from '../../seed/calendar.ts';
import { generateOrg } from '../../seed/generate.ts';

const SIX_MONTHS_AGO = HISTORY_END - 180 * 86_400_000;

describe.each([
  ['s', 1],
  ['s', 2],
  ['m', 1],
] as const)('planted governance patterns of %s seed %i', (size, seed) => {
  const { bundle, groundTruth } = generateOrg({ size, seed });
  const truth = groundTruth.governance;
  const unitOf = new Map(bundle.memberships.map((m) => [m.personId, m.unitId]));

  it('has a relationship whose provider gave no feedback in six months while the business did', () => {
    const { providerId, departmentId } = truth.feedbackGap!;
    expect(bundle.serves.some((s) => s.providerId === providerId && s.departmentId === departmentId)).toBe(
      true,
    );
    expect(bundle.brmAssignments.some((b) => b.departmentId === departmentId)).toBe(true);
    const recent = bundle.feedback.filter((f) => Date.parse(f.at) >= SIX_MONTHS_AGO);
    const by = (rater: string, about: string) =>
      recent.filter((f) => unitOf.get(f.personId) === rater && f.about.includes(about)).length;
    expect(by(providerId, departmentId)).toBe(0);
    expect(by(departmentId, providerId)).toBeGreaterThan(0);
  });

  it('has an order-taker BRM asked by their departments and a strategic BRM planning with their heads', () => {
    const { orderTakerBrm, strategicPartnerBrm } = truth;
    expect(orderTakerBrm!.departments.length).toBeGreaterThan(0);
    expect(strategicPartnerBrm!.departments.length).toBeGreaterThan(0);
    const started = new Map(
      bundle.participants.filter((p) => p.role === 'initiator').map((p) => [p.engagementId, p.personId]),
    );
    const joined = (personId: string) =>
      new Set(bundle.participants.filter((p) => p.personId === personId).map((p) => p.engagementId));
    const mine = joined(orderTakerBrm!.personId);
    const requests = bundle.engagements.filter(
      (e) =>
        mine.has(e.id) &&
        ['transaction', 'support'].includes(e.kind) &&
        started.get(e.id) !== orderTakerBrm!.personId,
    );
    expect(requests.length).toBeGreaterThanOrEqual(12 * orderTakerBrm!.departments.length);
    const planning = joined(strategicPartnerBrm!.personId);
    const meetings = bundle.engagements.filter(
      (e) =>
        planning.has(e.id) && e.kind === 'meeting' && started.get(e.id) === strategicPartnerBrm!.personId,
    );
    expect(meetings.length).toBeGreaterThanOrEqual(12 * strategicPartnerBrm!.departments.length);
  });
});
