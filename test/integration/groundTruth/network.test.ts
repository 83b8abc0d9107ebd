/**
 * The planted patterns of the demo org, found by the network metrics on graphs pulled from Neo4j: for sizes s
 * (seeds 1, 2, 3) and m (seeds 1, 5), the generated org is imported through the normal importer and the
 * default 90-day window (ending at the newest engagement) is projected. 90 days suffice: the isolated
 * department and the broker's department are shaped by the generator in every month, so any window shows them,
 * and the default window is what users see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { importData } from '../../../server/import/importer.ts';
import { rawFromBundle } from '../../../server/import/rawBundle.ts';
import {
  loadGraphs,
  newestEngagement,
  type DerivedGraphs,
} from '../../../server/analytics/projection/loadGraphs.ts';
import { resolveWindow } from '../../../server/analytics/window.ts';
import { isolation, topLevelPartition } from '../../../server/analytics/silos/index.ts';
import { cutPoints, separates } from '../../../server/analytics/brokerage/index.ts';
import { generateOrg, type GeneratedOrg } from '../../../seed/generate.ts';
import { bundleGraphs } from '../../support/bundleGraphs.ts';
import { clearGraph, connectTestDatabase } from '../../support/db.ts';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());

describe.each([
  ['s', 1],
  ['s', 2],
  ['s', 3],
  ['m', 1],
  ['m', 5],
] as const)('network metrics find the planted patterns of %s seed %i', (size, seed) => {
  let org: GeneratedOrg;
  let graphs: DerivedGraphs;

  beforeAll(async () => {
    org = generateOrg({ size, seed });
    await clearGraph(db);
    const outcome = await importData(db, { raw: rawFromBundle(org.bundle), issues: [] });
    if (outcome.status !== 'imported') throw new Error(`import of ${size}/${seed}: ${outcome.status}`);
    graphs = await loadGraphs(db, resolveWindow('90d', await newestEngagement(db)));
  });

  it('flags the planted isolated department and ranks it first', () => {
    const result = isolation(graphs);
    const [first, second] = result.units;
    expect(first!.unit).toBe(org.groundTruth.isolatedDepartment);
    expect(first!.flagged).toBe(true);
    expect(first!.fired.map((rule) => rule.rule)).toEqual(expect.arrayContaining(['ei', 'noBrm']));
    expect(first!.score!).toBeGreaterThan(second!.score!);
  });

  it("finds the broker as the person whose absence disconnects the broker's department from IT", () => {
    const { personId, departmentId } = org.groundTruth.broker;
    const it = org.groundTruth.itProviderId;
    const formal = cutPoints(graphs.persons, { limit: Infinity });
    expect(formal.articulationPoints).toContain(personId);
    const broker = formal.people.find((p) => p.person === personId);
    expect(broker?.unit).toBe(departmentId);
    expect(separates(broker!, departmentId, it)).toBe(true);
    // with IT's service desk counted as IT, the broker still alone connects the department to IT
    const partition = topLevelPartition(graphs.persons, graphs.units);
    const topLevel = cutPoints(graphs.persons, { partition, limit: Infinity });
    const again = topLevel.people.find((p) => p.person === personId)!;
    expect(separates(again, departmentId, it)).toBe(true);
    expect(again.groups.flatMap((g) => [...g.units, ...g.cutFrom])).not.toContain(
      org.groundTruth.itServiceDeskId,
    );
  });

  it('pulls from Neo4j the same graphs as the in-process builder used by the benchmark', () => {
    const window = resolveWindow('90d', new Date(latest(org)));
    const local = bundleGraphs(org.bundle, window);
    expect(graphs.persons.order).toBe(local.persons.order);
    expect(graphs.persons.size).toBe(local.persons.size);
    local.persons.forEachEdge((_edge, tie, a, b) => {
      expect(graphs.persons.getEdgeAttribute(a, b, 'weight')).toBeCloseTo(tie.weight, 9);
    });
    expect(graphs.initiations.size).toBe(local.initiations.size);
    expect([...graphs.brmAssignments].sort(byDepartment)).toEqual(
      [...local.brmAssignments].sort(byDepartment),
    );
    expect(graphs.units.getNodeAttribute(org.groundTruth.itServiceDeskId, 'parent')).toBe(
      org.groundTruth.itProviderId,
    );
  });
});

function latest(org: GeneratedOrg): number {
  return org.bundle.engagements.reduce((max, e) => Math.max(max, Date.parse(e.at)), 0);
}

function byDepartment(
  a: { departmentId: string; personId: string },
  b: { departmentId: string; personId: string },
) {
  return (a.departmentId + a.personId).localeCompare(b.departmentId + b.personId);
}
