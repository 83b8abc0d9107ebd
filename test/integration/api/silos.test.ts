/**
 * GET /api/silos on the s demo org: the planted isolated department ranks first with the rules that flagged it,
 * its E-I index equals one recomputed from the person ties, the planted broker is the single point of failure
 * between their department and IT, and viewers see neither people nor units below the floor.
 */
import { describe, expect, it } from 'vitest';
import type { GraphAnswer } from '../../../server/schema/graph.ts';
import type { SilosAnswer } from '../../../server/schema/silos.ts';
import type { Caller } from './appHarness.ts';
import { graphAnswer, useDemoApp } from './demoApp.ts';

const demo = useDemoApp('s', 7, { privacy: { minGroupSize: 12 } });

async function silos(as: Caller = 'analyst'): Promise<SilosAnswer> {
  const response = await demo.app.call('/api/silos?window=90d', { as });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as SilosAnswer;
}

/** E-I of a unit from the person ties: E = weight of ties leaving it, I = weight of member tie ends inside. */
function eiFromTies(people: GraphAnswer, unit: string): number {
  const unitOf = new Map(people.nodes.map((n) => [n.id, n.unit]));
  let external = 0;
  let internal = 0;
  for (const edge of people.edges) {
    const inside = [unitOf.get(edge.source), unitOf.get(edge.target)].filter((u) => u === unit).length;
    if (inside === 2) internal += 2 * edge.weight;
    else if (inside === 1) external += edge.weight;
  }
  return (external - internal) / (external + internal);
}

describe('GET /api/silos', () => {
  it('ranks the planted isolated department first, flagged, with every rule and its numbers', async () => {
    const answer = await silos();
    const [first] = answer.units;
    expect(first).toMatchObject({ rank: 1, id: demo.truth.isolatedDepartment, flagged: true });
    expect(first!.coverage!.hasBrm).toBe(false);
    expect(first!.checks.find((c) => c.rule === 'noBrm')).toMatchObject({ fired: true });
    const fired = first!.checks.filter((c) => c.fired).map((c) => c.reason);
    for (const reason of fired) expect(first!.reason).toContain(reason);
    const people = await graphAnswer(demo.app, 'level=person&window=90d&limit=20000');
    expect(first!.ei.value).toBeCloseTo(eiFromTies(people, first!.id), 9);
    expect(answer.units.map((u) => u.rank)).toEqual(answer.units.map((_, i) => i + 1));
  });

  it('names the planted broker as the one person between their department and IT', async () => {
    const answer = await silos();
    const { personId, departmentId, providerId } = demo.truth.broker;
    const broker = answer.singlePointsOfFailure.people.find((s) => s.people?.[0]?.id === personId)!;
    expect(broker).toBeDefined();
    const cut = broker.groups.some(
      (g) =>
        (g.units.includes(departmentId) && g.cutFrom.includes(providerId)) ||
        (g.units.includes(providerId) && g.cutFrom.includes(departmentId)),
    );
    expect(cut).toBe(true);
    expect(broker.reason).toMatch(/^Single point of failure: without them, /);
  });

  it('gives the organisation’s E-I index, modularity of the units and their agreement with communities', async () => {
    const { organisation } = await silos();
    expect(organisation.ei.value).toBeGreaterThanOrEqual(-1);
    expect(organisation.ei.value).toBeLessThanOrEqual(1);
    expect(organisation.formalModularity).toBeGreaterThan(0);
    expect(organisation.communities).toBeGreaterThan(1);
    expect(organisation.communityUnitAgreement).toBeGreaterThan(0);
  });

  it('shows viewers no people and no unit below the privacy floor', async () => {
    const [viewer, analyst] = [await silos('viewer'), await silos('analyst')];
    const small = new Set(analyst.units.filter((u) => u.members < 12).map((u) => u.id));
    expect(viewer.privacy.suppressedUnits).toBe(small.size);
    for (const unit of viewer.units) expect(small.has(unit.id)).toBe(false);
    const separations = [...viewer.singlePointsOfFailure.people, ...viewer.singlePointsOfFailure.ties];
    for (const s of separations) {
      expect(s.people).toBeUndefined();
      for (const u of [...s.units, ...s.groups.flatMap((g) => [...g.units, ...g.cutFrom])])
        expect(small.has(u)).toBe(false);
    }
    // a viewer still learns of single points of failure between the units it may see
    const analystPairs = analyst.singlePointsOfFailure.people.filter((s) =>
      s.groups.some((g) => g.units.some((u) => !small.has(u)) && g.cutFrom.some((u) => !small.has(u))),
    );
    expect(viewer.singlePointsOfFailure.people.length).toBe(analystPairs.length);
  });
});
