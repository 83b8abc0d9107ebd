import { describe, expect, it } from 'vitest';
import { brmEngagementMix } from '../../../server/analytics/governance/index.ts';
import type { EngagementTable } from '../../../server/analytics/projection/engagementTable.ts';
import { factsOf, type PersonFacts } from '../../../server/analytics/projection/roster.ts';
import type { TimeWindow } from '../../../server/analytics/window.ts';

interface Row {
  at: string;
  kind: string;
  /** Participants, the initiator first. */
  people: string[];
}

const PEOPLE: Record<string, { unit: string; leader?: boolean }> = {
  brm: { unit: 'it' },
  dev: { unit: 'it' },
  head: { unit: 'sales', leader: true },
  rep: { unit: 'sales' },
  clerk: { unit: 'hr' },
};

function table(rows: Row[]): { table: EngagementTable; facts: PersonFacts } {
  const personIds = Object.keys(PEOPLE);
  const personNumber = new Map(personIds.map((id, n) => [id, n]));
  const start = [0];
  const participant: number[] = [];
  const initiator: number[] = [];
  for (const row of rows) {
    row.people.forEach((id, i) => {
      participant.push(personNumber.get(id)!);
      initiator.push(i === 0 ? 1 : 0);
    });
    start.push(participant.length);
  }
  const nan = () => Float64Array.from(rows, () => Number.NaN);
  const t: EngagementTable = {
    personIds,
    personNumber,
    rank: Int32Array.from(personIds, (_, n) => n),
    size: rows.length,
    at: Float64Array.from(rows, (r) => Date.parse(r.at)),
    promisedBy: nan(),
    deliveredAt: nan(),
    kind: rows.map((r) => r.kind),
    durationMin: Float64Array.from(rows, () => 30),
    negotiated: new Uint8Array(rows.length),
    outcome: rows.map(() => 'agreed'),
    sentiment: nan(),
    start: Int32Array.from(start),
    participant: Int32Array.from(participant),
    initiator: Uint8Array.from(initiator),
  };
  const facts = factsOf(
    personIds.map((id) => PEOPLE[id]!.unit),
    Uint8Array.from(personIds, (id) => (PEOPLE[id]!.leader ? 1 : 0)),
  );
  return { table: t, facts };
}

const WINDOW: TimeWindow = {
  from: new Date('2026-01-01T00:00:00Z'),
  to: new Date('2026-04-01T00:00:00Z'),
  key: 'test',
};

describe('brmEngagementMix', () => {
  it('counts the BRM’s engagements with their departments by kind and by who started them', () => {
    const { table: t, facts } = table([
      { at: '2026-01-05T10:00:00Z', kind: 'support', people: ['rep', 'brm'] },
      { at: '2026-01-06T10:00:00Z', kind: 'transaction', people: ['rep', 'brm'] },
      { at: '2026-02-01T10:00:00Z', kind: 'meeting', people: ['brm', 'head', 'rep'] }, // planning with a leader
      { at: '2026-02-02T10:00:00Z', kind: 'meeting', people: ['dev', 'rep', 'brm'] }, // started by the BRM's side
      { at: '2026-02-03T10:00:00Z', kind: 'community', people: ['clerk', 'brm', 'rep'] }, // started by neither
      { at: '2026-02-04T10:00:00Z', kind: 'meeting', people: ['clerk', 'brm'] }, // not a served department
      { at: '2025-12-30T10:00:00Z', kind: 'support', people: ['rep', 'brm'] }, // before the window
    ]);
    const [mix] = brmEngagementMix(t, facts, [{ personId: 'brm', departmentId: 'sales' }], WINDOW);
    expect(mix).toEqual({
      brm: 'brm',
      departments: ['sales'],
      engagements: 5,
      transactional: 2,
      strategic: 1,
      meetings: 1,
      community: 1,
      startedByBusiness: 2,
      startedByProvider: 2,
    });
  });

  it('keeps a BRM without any engagement, with an empty mix', () => {
    const { table: t, facts } = table([]);
    const mixes = brmEngagementMix(t, facts, [{ personId: 'nobody', departmentId: 'hr' }], WINDOW);
    expect(mixes).toMatchObject([{ brm: 'nobody', departments: ['hr'], engagements: 0 }]);
  });
});
