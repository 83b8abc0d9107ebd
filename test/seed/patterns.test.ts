/** The planted patterns of the ground truth are in the raw data, for sizes s and m and several seeds. */
import { describe, expect, it } from 'vitest';
import { generateOrg } from '../../seed/generate.ts';
import { analyse, mean, slope, type Pair } from './rawAnalysis.ts';

const key = (pair: Pair) => `${pair.providerId}|${pair.departmentId}`;
const sorted = (values: Map<string, number>) => [...values.entries()].sort((a, b) => a[1] - b[1]);

describe.each([
  ['s', 1],
  ['s', 2],
  ['s', 3],
  ['m', 1],
  ['m', 5],
  ['m', 9],
] as const)('planted patterns in the raw data of %s seed %i', (size, seed) => {
  const { bundle, groundTruth: truth } = generateOrg({ size, seed });
  const raw = analyse(bundle);
  const ei = raw.eiByDepartment();
  const leaders = new Set(bundle.people.filter((p) => p.role === 'leader').map((p) => p.id));

  it('the isolated department has by far the lowest E-I index, the smallest reach and no BRM', () => {
    const [first, second] = sorted(ei);
    expect(first![0]).toBe(truth.isolatedDepartment);
    expect(first![1]).toBeLessThan(-0.9);
    expect(second![1] - first![1]).toBeGreaterThan(0.3);
    const reach = raw.reach(truth.isolatedDepartment);
    expect(reach.size).toBeLessThanOrEqual(2);
    for (const [department] of ei)
      if (department !== truth.isolatedDepartment)
        expect(raw.reach(department).size).toBeGreaterThan(reach.size);
    expect(bundle.brmAssignments.some((b) => b.departmentId === truth.isolatedDepartment)).toBe(false);
  });

  it('the broker alone connects the other members of the department to IT', () => {
    const { departmentId, personId, providerId } = truth.broker;
    expect(providerId).toBe(truth.itProviderId);
    expect(raw.unitOf.get(personId)).toBe(departmentId);
    expect(raw.reaches(departmentId, providerId, null)).toBe(true);
    expect(raw.reaches(departmentId, providerId, personId)).toBe(false);
    // the others share engagements only with their own department (the broker included)
    const others = new Set(raw.members(departmentId).filter((p) => p !== personId));
    const withOthers = bundle.participants.filter((p) => others.has(p.personId)).map((p) => p.engagementId);
    const together = new Set(withOthers);
    for (const p of bundle.participants)
      if (together.has(p.engagementId)) expect(raw.unitOf.get(p.personId)).toBe(departmentId);
  });

  it("the broker's department is clearly less isolated than the isolated department", () => {
    expect(truth.broker.departmentId).not.toBe(truth.isolatedDepartment);
    expect(ei.get(truth.broker.departmentId)! - ei.get(truth.isolatedDepartment)!).toBeGreaterThan(0.4);
  });

  it('the growing relationship rises in volume and breadth over the trend months', () => {
    const { volume, breadth } = raw.monthly(truth.growingRelationship);
    expect(truth.trendStart).toBe('2026-02-01T00:00:00Z');
    expect(slope(volume.slice(-9))).toBeGreaterThan(1);
    expect(slope(breadth.slice(-9))).toBeGreaterThan(0.5);
    expect(mean(volume.slice(-3))).toBeGreaterThan(2.5 * mean(volume.slice(0, 9)));
  });

  it('the declining relationship falls in volume and breadth yet is still active in the last month', () => {
    const { volume, breadth } = raw.monthly(truth.decliningRelationship);
    expect(slope(volume.slice(-9))).toBeLessThan(-1);
    expect(slope(breadth.slice(-9))).toBeLessThan(-0.5);
    expect(mean(volume.slice(-3))).toBeLessThan(0.4 * mean(volume.slice(0, 9)));
    expect(volume.at(-1)).toBeGreaterThan(0);
  });

  it('the promise-breaking provider keeps the fewest promises and has the lowest trust and sentiment', () => {
    const [worst, next] = sorted(raw.promiseKeepingByProvider());
    expect(worst![0]).toBe(truth.promiseBreakingProvider);
    expect(worst![1]).toBeLessThan(0.5);
    expect(next![1] - worst![1]).toBeGreaterThan(0.2);
    const trust = sorted(raw.feedbackScores('trust'));
    expect(trust[0]![0]).toBe(truth.promiseBreakingProvider);
    expect(sorted(raw.sentimentByProvider())[0]![0]).toBe(truth.promiseBreakingProvider);
  });

  it('the order taker is reactive: business-initiated tickets and transactions, no planning, low maturity', () => {
    const pair = truth.orderTakerRelationship;
    const engagements = raw.engagementsOf(pair);
    expect(raw.initiationBalance(pair)).toBeGreaterThan(0.8);
    const reactive = engagements.filter((e) => ['support', 'transaction'].includes(e.engagement.kind));
    expect(reactive.length / engagements.length).toBeGreaterThan(0.9);
    expect(engagements.filter((e) => e.engagement.negotiated).length / engagements.length).toBeLessThan(0.2);
    expect(engagements.some((e) => e.engagement.kind === 'meeting' && e.people.length > 2)).toBe(false);
    const maturity = sorted(raw.feedbackScores('maturity'));
    expect(maturity[0]![0]).toBe(key(pair));
    expect(maturity[0]![1]).toBeGreaterThanOrEqual(1.2);
    expect(maturity[0]![1]).toBeLessThanOrEqual(2.5);
    expect(bundle.serves.find((s) => key(s) === key(pair))!.targetMaturity).toBeGreaterThanOrEqual(4);
  });

  it('the strategic partner plans monthly with leaders of both sides, balanced, trusted, at maturity 5', () => {
    const pair = truth.strategicPartnerRelationship;
    const planning = raw
      .engagementsOf(pair)
      .filter(({ engagement, people }) => engagement.kind === 'meeting' && people.length > 2)
      .filter(({ people }) => {
        const leading = people.filter((p) => leaders.has(p.personId)).map((p) => raw.unitOf.get(p.personId));
        return leading.includes(pair.providerId) && leading.includes(pair.departmentId);
      });
    expect(new Set(planning.map((e) => e.engagement.at.slice(0, 7))).size).toBe(18);
    expect(Math.abs(raw.initiationBalance(pair))).toBeLessThan(0.35);
    expect(raw.monthly(pair).volume.every((n) => n > 0)).toBe(true);
    expect(raw.pulseByRaterUnit('trust').get(key(pair))).toBeGreaterThanOrEqual(4);
    const maturity = sorted(raw.feedbackScores('maturity'));
    expect(maturity.at(-1)![0]).toBe(key(pair));
    expect(maturity.at(-1)![1]).toBeGreaterThanOrEqual(4.5);
  });
});
