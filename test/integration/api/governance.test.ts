/**
 * Governance and boundaries on the s demo org (seed 1): the relationships answer carries each relationship's
 * check list — the planted relationship without provider feedback and every relationship of the department
 * without a BRM show their gaps in words; GET /api/brm-roles (analysts) reads the planted order taker and
 * strategic partner as such; GET /api/overload names people carrying the bridging load, the planted
 * broker among them over a year (analysts only); the digest of a BRM lists the governance gaps of their
 * departments and their own role.
 */
import { describe, expect, it } from 'vitest';
import type { DigestAnswer } from '../../../server/schema/digest.ts';
import type { BrmRolesAnswer, OverloadAnswer } from '../../../server/schema/governance.ts';
import type { RelationshipRow, relationshipsAnswer } from '../../../server/schema/relationships.ts';
import type { z } from 'zod';
import type { Caller } from './appHarness.ts';
import { useDemoApp } from './demoApp.ts';

const demo = useDemoApp('s', 1);

async function get<T>(path: string, as: Caller = 'analyst'): Promise<T> {
  const response = await demo.app.call(path, { as });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
}

type Dashboard = z.infer<typeof relationshipsAnswer>;
const gapChecks = (row: RelationshipRow) => row.governance!.gaps.map((g) => g.check);

describe('governance on the demo org', () => {
  it('lists the planted gaps: no provider feedback in six months, no BRM for the isolated department', async () => {
    const { relationships } = await get<Dashboard>('/api/relationships');
    const gap = demo.truth.governance.feedbackGap!;
    const planted = relationships.find(
      (r) => r.providerId === gap.providerId && r.departmentId === gap.departmentId,
    )!;
    expect(gapChecks(planted)).toEqual(['feedbackBothSides']);
    expect(planted.governance!.gaps[0]!.reason).toBe('No feedback from the provider in the last 6 months.');
    const isolated = relationships.filter((r) => r.departmentId === demo.truth.isolatedDepartment);
    expect(isolated.length).toBeGreaterThan(0);
    for (const row of isolated) expect(gapChecks(row)).toContain('brm');
    const assigned = new Set(demo.bundle.brmAssignments.map((b) => b.departmentId));
    for (const row of relationships) {
      expect(row.governance!.brm).toBe(assigned.has(row.departmentId));
      expect(row.governance!.purpose && row.governance!.targetMaturity).toBe(true);
    }
  });

  it('reads the planted order-taker and strategic-partner BRMs, for analysts only', async () => {
    const { brms } = await get<BrmRolesAnswer>('/api/brm-roles');
    const { orderTakerBrm, strategicPartnerBrm } = demo.truth.governance;
    const roleOf = (id: string) => brms.find((b) => b.id === id)!;
    expect(roleOf(orderTakerBrm!.personId).role).toBe('orderTaker');
    expect(roleOf(orderTakerBrm!.personId).reason).toMatch(/^Takes orders/);
    expect(roleOf(strategicPartnerBrm!.personId).role).toBe('strategicPartner');
    expect(brms.map((b) => b.id).sort()).toEqual(
      [...new Set(demo.bundle.brmAssignments.map((b) => b.personId))].sort(),
    );
    expect((await demo.app.call('/api/brm-roles', { as: 'viewer' })).status).toBe(403);
    const viewer = await get<Dashboard>('/api/relationships', 'viewer');
    expect(viewer.relationships.every((r) => r.governance)).toBe(true);
  });

  it('names the overloaded people with the rule, outside leadership, and refuses viewers', async () => {
    const answer = await get<OverloadAnswer>('/api/overload?window=365d');
    const leaders = new Set(demo.bundle.people.filter((p) => p.role === 'leader').map((p) => p.id));
    expect(answer.people.length).toBeGreaterThan(0);
    for (const person of answer.people) {
      expect(leaders.has(person.id)).toBe(false);
      expect(person.betweenness).toBeGreaterThan(answer.rule.threshold);
      expect(person.units.length).toBeGreaterThanOrEqual(answer.rule.minUnits);
      expect(person.reason).toMatch(
        /^Carries [\d.]+ % of the shortest paths between people; ties to \d+ other units;/,
      );
    }
    expect(answer.people.length).toBeLessThanOrEqual(Math.ceil(demo.bundle.people.length * 0.05));
    // the planted broker, the one person between their department and everyone else, carries it over a year
    const broker = answer.people.find((p) => p.id === demo.truth.broker.personId);
    expect(broker, JSON.stringify(answer.people)).toBeDefined();
    expect(broker!.units.map((u) => u.id)).toContain(demo.truth.broker.providerId);
    expect(broker!.reason).toMatch(/not in a leadership role\.$/);
    expect((await demo.app.call('/api/overload', { as: 'viewer' })).status).toBe(403);
  });

  it('puts the gap into the digest of the department’s BRM, with their role', async () => {
    const gap = demo.truth.governance.feedbackGap!;
    const brm = demo.bundle.brmAssignments.find((b) => b.departmentId === gap.departmentId)!.personId;
    const digest = await get<DigestAnswer>(`/api/digest?brm=${brm}&week=2026-10-26`);
    const lines = digest.sections.find((s) => s.id === 'governance')!.lines;
    const line = lines.find((l) => l.units.join() === `${gap.providerId},${gap.departmentId}`);
    expect(line?.text, JSON.stringify(lines)).toMatch(/no feedback from the provider in the last 6 months/);
    const role = digest.sections.find((s) => s.id === 'brmRole')!.lines;
    expect(role).toHaveLength(1);
    expect(role[0]!.people).toEqual([brm]);
    expect(role[0]!.text).toMatch(
      /^Your engagements read as (order taker|account manager|strategic partner|too little to judge)\./,
    );
  });
});
