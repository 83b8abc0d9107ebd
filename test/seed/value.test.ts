/**
 * The demo org's value rows (seed/value.ts): valid, every initiative on a relationship the org has and every
 * benefit on an initiative; the planted leaking relationship realises far less of its plan than any other, and
 * sits on IT and a department that carries no other planted pattern.
 */
import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../server/import/issueLog.ts';
import { rawFromBundle } from '../../server/import/rawBundle.ts';
import { validateRows } from '../../server/import/validateRows.ts';
import { checkValue } from '../../server/import/valueReferences.ts';
import { relationshipValue } from '../../server/analytics/value/index.ts';
import { generateOrg } from '../../seed/generate.ts';

const nothingInDatabase = {
  initiatives: async () => new Set<string>(),
  unitTypes: async () => new Map<string, 'department' | 'provider'>(),
  servedPairs: async () => new Set<string>(),
};

describe.each([
  ['s', 1],
  ['s', 7],
  ['m', 11],
] as const)('the value rows of a %s org, seed %i', (size, seed) => {
  const { bundle, groundTruth } = generateOrg({ size, seed });

  it('are valid and name relationships and initiatives the org has', async () => {
    expect(bundle.initiatives.length).toBeGreaterThan(4);
    expect(bundle.benefits.length).toBeGreaterThan(bundle.initiatives.length);
    const rows = await validateRows(rawFromBundle(bundle));
    const issues = new IssueLog();
    await checkValue(rows, nothingInDatabase, issues);
    expect([...rows.issues.listed, ...issues.listed]).toEqual([]);
  });

  it('plant one relationship leaking far more than any other by the end of the history', () => {
    const progress = bundle.initiatives.map((i) => ({
      ...i,
      realised: bundle.benefits
        .filter((b) => b.initiativeId === i.id)
        .reduce((sum, b) => sum + b.realised, 0),
    }));
    const { relationships } = relationshipValue(progress, new Date(groundTruth.historyEnd));
    const ranked = relationships.filter((r) => r.share !== null).sort((a, b) => b.share! - a.share!);
    const { providerId, departmentId } = groundTruth.leakingRelationship;
    expect([ranked[0]!.providerId, ranked[0]!.departmentId]).toEqual([providerId, departmentId]);
    expect(ranked[0]!.share!).toBeGreaterThan(0.6);
    expect(ranked[1]!.share!).toBeLessThan(0.35);
  });
});

describe('the planted leaking relationship', () => {
  it.each([1, 2, 3])('is IT serving a department without another planted pattern (s seed %i)', (seed) => {
    const { bundle, groundTruth: truth } = generateOrg({ size: 's', seed });
    const { providerId, departmentId } = truth.leakingRelationship;
    expect(providerId).toBe('prov-it');
    expect(bundle.serves.some((s) => s.providerId === providerId && s.departmentId === departmentId)).toBe(
      true,
    );
    const planted = [
      truth.isolatedDepartment,
      truth.broker.departmentId,
      ...[truth.growingRelationship, truth.decliningRelationship].map((r) => r.departmentId),
      ...[truth.orderTakerRelationship, truth.strategicPartnerRelationship].map((r) => r.departmentId),
    ];
    expect(planted).not.toContain(departmentId);
  });
});
