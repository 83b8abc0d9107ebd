/**
 * Every planted pattern of the demo org (seed/groundTruth.ts) is found by the analytics engine, exactly as the
 * service computes it: for sizes s (seeds 1, 2, 3) and m (seeds 1, 5) the generated org is imported through the
 * normal importer and the default window (90 days ending at the newest engagement) is analysed once. Maturity
 * reads its own half-year of behaviour and the macro stage its trailing periods, as their rules say.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine, type WindowAnalytics } from '../../server/analytics/engine.ts';
import { cutPoints, separates } from '../../server/analytics/brokerage/index.ts';
import { findRelationship } from '../../server/analytics/macro/index.ts';
import { resolveWindow } from '../../server/analytics/window.ts';
import type { Database } from '../../server/db/database.ts';
import type { GeneratedOrg } from '../../seed/generate.ts';
import { bundleGraphs } from '../support/bundleGraphs.ts';
import { connectTestDatabase } from '../support/db.ts';
import { importDemoOrg } from '../support/demoOrg.ts';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());

type Pair = { providerId: string; departmentId: string };
const same = (pair: Pair) => (r: Pair) =>
  r.providerId === pair.providerId && r.departmentId === pair.departmentId;

describe.each([
  ['s', 1],
  ['s', 2],
  ['s', 3],
  ['m', 1],
  ['m', 5],
] as const)('the planted patterns of %s seed %i', (size, seed) => {
  let org: GeneratedOrg;
  let analytics: WindowAnalytics;

  beforeAll(async () => {
    org = await importDemoOrg(db, size, seed);
    analytics = await new AnalyticsEngine(db).forWindow('90d');
  });

  it('flags the isolated department and ranks it first', () => {
    const [first, second] = analytics.network.isolation.units;
    expect(first!.unit).toBe(org.groundTruth.isolatedDepartment);
    expect(first!.flagged).toBe(true);
    expect(first!.fired.map((rule) => rule.rule)).toEqual(expect.arrayContaining(['ei', 'noBrm']));
    expect(first!.score!).toBeGreaterThan(second!.score!);
  });

  it("finds the broker as the one person whose absence cuts the broker's department from IT", () => {
    const { personId, departmentId } = org.groundTruth.broker;
    const it = org.groundTruth.itProviderId;
    // the engine counts IT's service desk as IT
    const broker = analytics.network.cutPoints.people.find((p) => p.person === personId)!;
    expect(separates(broker, departmentId, it)).toBe(true);
    expect(broker.groups.flatMap((g) => [...g.units, ...g.cutFrom])).not.toContain(
      org.groundTruth.itServiceDeskId,
    );
    // and with the units as imported, too
    const formal = cutPoints(analytics.graphs.persons, { limit: Infinity });
    expect(formal.articulationPoints).toContain(personId);
    expect(
      separates(
        formal.people.find((p) => p.person === personId)!,
        departmentId,
        it,
      ),
    ).toBe(true);
  });

  it('calls the growing relationship growing and the declining one declining', () => {
    const { macro } = analytics.engagement;
    const { growingRelationship: growing, decliningRelationship: declining } = org.groundTruth;
    const grows = findRelationship(macro, growing.providerId, growing.departmentId)!;
    const declines = findRelationship(macro, declining.providerId, declining.departmentId)!;
    expect(grows.stage.stage, grows.stage.because).toBe('growing');
    expect(declines.stage.stage, declines.stage.because).toBe('declining');
  });

  it('gives the promise-breaking provider the lowest trust of all providers', () => {
    const { maturity, trust } = analytics.engagement;
    const providers = new Set(maturity.relationships.map((r) => r.providerId));
    const ranked = trust.units.filter((u) => providers.has(u.unit)).sort((a, b) => a.value - b.value);
    expect(ranked[0]!.unit).toBe(org.groundTruth.promiseBreakingProvider);
    expect(ranked[0]!.evidence).toBeGreaterThan(10);
    expect(ranked[0]!.promiseTrust.value).toBeLessThan(0.5);
    expect(analytics.units.trust![org.groundTruth.promiseBreakingProvider]).toBe(ranked[0]!.value);
  });

  it('indicates the lowest maturity for the order taker and the highest for the strategic partner', () => {
    const rated = analytics.engagement.maturity.relationships.filter((r) => r.indicated.score !== null);
    const ranked = [...rated].sort((a, b) => a.indicated.score! - b.indicated.score!);
    const orderTaker = ranked.find(same(org.groundTruth.orderTakerRelationship))!;
    const partner = ranked.find(same(org.groundTruth.strategicPartnerRelationship))!;
    expect(ranked[0]).toBe(orderTaker);
    expect(ranked[1]!.indicated.score!).toBeGreaterThan(orderTaker.indicated.score!);
    expect(orderTaker.indicated.level).toBe(2);
    expect(orderTaker.indicated.holdingBack.map((i) => i.id)).toEqual(
      expect.arrayContaining(['notOneWay', 'notReactive']),
    );
    expect(orderTaker.assessed.business.answers).toBeGreaterThan(0);
    expect(orderTaker.assessed.provider.answers).toBeGreaterThan(0);
    expect(orderTaker.gaps.targetVsAssessed!).toBeGreaterThan(1.5); // target 4, assessed about 1.5
    expect(ranked.at(-1)).toBe(partner);
    expect(partner.indicated.level).toBe(5);
    expect(ranked.at(-2)!.indicated.score!).toBeLessThan(5);
  });

  it('pulls from Neo4j the same graphs as the in-process builder of the benchmarks', () => {
    const latest = org.bundle.engagements.reduce((max, e) => Math.max(max, Date.parse(e.at)), 0);
    const local = bundleGraphs(org.bundle, resolveWindow('90d', new Date(latest)));
    const { graphs } = analytics;
    expect(graphs.persons.order).toBe(local.persons.order);
    expect(graphs.persons.size).toBe(local.persons.size);
    local.persons.forEachEdge((_edge, tie, a, b) => {
      expect(graphs.persons.getEdgeAttribute(a, b, 'weight')).toBeCloseTo(tie.weight, 9);
    });
    expect(graphs.initiations.size).toBe(local.initiations.size);
    const byDepartment = (a: { departmentId: string; personId: string }, b: typeof a) =>
      (a.departmentId + a.personId).localeCompare(b.departmentId + b.personId);
    expect([...graphs.brmAssignments].sort(byDepartment)).toEqual(
      [...local.brmAssignments].sort(byDepartment),
    );
  });
});
