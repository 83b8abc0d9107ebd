/**
 * The engagement projections against a real Neo4j: the tiny fixture (values stated by hand) and a small org that
 * exercises every rule (values recomputed engagement by engagement in reference.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { writeBundle } from '../../../server/import/writeBundle.ts';
import { loadMicroDyads } from '../../../server/analytics/projection/loadMicroDyads.ts';
import { loadRelationshipFeedback } from '../../../server/analytics/projection/loadRelationshipFeedback.ts';
import { loadRelationshipPeriods } from '../../../server/analytics/projection/loadRelationshipPeriods.ts';
import { loadServes } from '../../../server/analytics/projection/loadServes.ts';
import { newestEngagement } from '../../../server/analytics/projection/loadGraphs.ts';
import { DEFAULT_PERIOD_OPTIONS, historyStart } from '../../../server/analytics/periods.ts';
import { resolveWindow } from '../../../server/analytics/window.ts';
import { clearGraph, connectTestDatabase, loadTinyFixture } from '../../support/db.ts';
import { KINDS, smallOrg, WINDOW } from './bundle.ts';
import { referenceDyads, referencePeriods } from './reference.ts';

let db: Database;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());

describe('engagement projections on the tiny fixture', () => {
  beforeAll(async () => loadTinyFixture(db));

  it('rolls the BRM office up to IT and counts the sales–IT periods by hand', async () => {
    const window = resolveWindow('90d', await newestEngagement(db)); // [2026-07-05, 2026-10-03)
    const [pair, ...others] = await loadRelationshipPeriods(db, window);
    expect(others).toEqual([]);
    expect([pair!.a, pair!.b]).toEqual(['it', 'sales']);
    // period 0 = [09-03, 10-03): e-2 (support, Ben → Chen) and e-3 (Dora of it-brm → Ana, Chen attending)
    expect(pair!.periods[0]).toMatchObject({
      period: 0,
      volume: 2,
      peopleA: 2,
      peopleB: 2,
      manyOnOne: 1,
      meeting: 1,
      support: 1,
      initiatedByA: 1,
      initiatedByB: 1,
      reactiveByB: 1,
      kept: 0,
      sentimentCount: 1,
      leadersBoth: 0,
      durationMin: 75,
    });
    // period 1: e-1, negotiated and delivered on 09-12, before its promise of 09-15
    expect(pair!.periods[1]).toMatchObject({ period: 1, volume: 1, negotiated: 1, kept: 1, initiatedByB: 1 });
    // gaps 19 d 5 h and 11 d 20 h
    expect(pair!.medianGapDays).toBeCloseTo((19 + 5 / 24 + 11 + 20 / 24) / 2, 9);
  });

  it('keeps exactly-two-person meetings and transactions as micro engagements', async () => {
    const window = resolveWindow('90d', await newestEngagement(db));
    const dyads = await loadMicroDyads(db, window);
    // e-1 only: e-2 is support, e-3 has three people
    expect(dyads).toHaveLength(1);
    expect(dyads[0]).toMatchObject({
      a: 'p-ben',
      b: 'p-chen',
      unitA: 'sales',
      unitB: 'it',
      count: 1,
      kept: 1,
    });
    expect(dyads[0]!.cycleDays[0]).toBeCloseTo(11 + 1 / 24, 9);
  });

  it('reads SERVES and feedback rolled up to top-level units', async () => {
    const window = resolveWindow({ from: '2026-07-05', to: '2026-10-10' }, null);
    expect(await loadServes(db)).toEqual([
      {
        providerId: 'it',
        departmentId: 'sales',
        purpose: 'CRM and field-sales tooling',
        since: '2020-01-01',
        targetMaturity: 4,
      },
    ]);
    const feedback = await loadRelationshipFeedback(db, window);
    expect(feedback).toHaveLength(2);
    expect(feedback).toContainEqual({
      dimension: 'maturity',
      raterUnit: 'sales',
      about: ['it', 'sales'],
      period: 0,
      answers: 1,
      scoreSum: 3,
    });
  });
});

describe('engagement projections on a small org with every rule', () => {
  const window = resolveWindow(WINDOW, null);
  const since = historyStart(window, DEFAULT_PERIOD_OPTIONS).getTime();
  const to = window.to.getTime();

  beforeAll(async () => {
    await clearGraph(db);
    await writeBundle(db, smallOrg);
  });

  it('gives the same period facts as the engagement-by-engagement reference', async () => {
    const histories = await loadRelationshipPeriods(db, window);
    const reference = referencePeriods(smallOrg, since, to, DEFAULT_PERIOD_OPTIONS.periodDays);
    expect(histories.map((h) => `${h.a}|${h.b}`).sort()).toEqual([...reference.keys()].sort());
    expect([...reference.keys()].sort()).toEqual(['acme|hr', 'acme|sales', 'hr|sales', 'it|sales']);
    for (const history of histories) {
      const expected = reference.get(`${history.a}|${history.b}`)!;
      expect(history.periods.map((p) => p.period).sort()).toEqual([...expected.keys()].sort());
      for (const p of history.periods) {
        const { a, b, ...facts } = expected.get(p.period)!;
        for (const [key, value] of Object.entries(p)) {
          if (key === 'peopleA') expect(value).toBe(a.size);
          else if (key === 'peopleB') expect(value).toBe(b.size);
          else if (key !== 'period')
            expect(value, `${history.a}|${history.b} ${p.period} ${key}`).toBeCloseTo(facts[key] ?? 0, 9);
        }
      }
    }
  });

  it('classifies every promise by the stated rule', async () => {
    const histories = await loadRelationshipPeriods(db, window);
    const it = histories.find((h) => h.a === 'it' && h.b === 'sales')!;
    const sum = (key: 'kept' | 'late' | 'missed') => it.periods.reduce((s, p) => s + p[key], 0);
    // x-1, x-6 (delivered, no date) kept; x-2 late; x-3 missed, x-4 open past due → missed; x-5 pending, x-7 cancelled
    expect([sum('kept'), sum('late'), sum('missed')]).toEqual([2, 1, 2]);
  });

  it('gives the same dyads as the reference, with tenure reaching before the window', async () => {
    const dyads = await loadMicroDyads(db, window);
    const reference = referenceDyads(smallOrg, { since, from: window.from.getTime(), to }, KINDS);
    expect(dyads.map((d) => `${d.a}|${d.b}`).sort()).toEqual([...reference.keys()].sort());
    for (const dyad of dyads) {
      const expected = reference.get(`${dyad.a}|${dyad.b}`)!;
      expect([...dyad.times].sort()).toEqual([...expected.times].sort());
      expect([...dyad.cycleDays].sort()).toEqual([...expected.cycleDays].sort());
      expect(dyad.firstAt).toBe(expected.firstAt);
      for (const key of [
        'count',
        'durationMin',
        'negotiated',
        'initiatedByA',
        'initiatedByB',
        'kept',
        'late',
        'missed',
        'pending',
        'sentimentCount',
      ] as const)
        expect(dyad[key], `${dyad.a}|${dyad.b} ${key}`).toBe(expected.counts[key] ?? 0);
      expect(dyad.sentimentSum).toBeCloseTo(expected.counts.sentimentSum ?? 0, 9);
    }
    const desk = dyads.find((d) => d.a === 'i-desk')!;
    expect([desk.unitA, desk.unitB, desk.count, desk.pending]).toEqual(['it', 'sales', 6, 1]);
  });

  it('tallies feedback by rater side with sub-units rolled up', async () => {
    const feedback = await loadRelationshipFeedback(db, window);
    const trust = feedback.filter((f) => f.dimension === 'trust');
    expect(trust).toEqual([
      { dimension: 'trust', raterUnit: 'sales', about: ['it'], period: 0, answers: 2, scoreSum: 7 },
    ]);
    const maturity = feedback.filter((f) => f.dimension === 'maturity').map((f) => [f.raterUnit, f.scoreSum]);
    expect(maturity.sort()).toEqual([
      ['it', 4],
      ['sales', 3],
    ]);
  });
});
