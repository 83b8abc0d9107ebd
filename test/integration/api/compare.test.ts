/**
 * GET /api/compare on the tiny org, against values worked out by hand from tiny.json: Sales–IT had two
 * engagements in September (e-1, e-2) and one in October (e-3, with IT's BRM unit), so it is steady (a move of
 * one engagement is under the small-count guard); Sales–IT BRM and IT–IT BRM are gained in October. IT's BRM
 * Office (Dora alone) had no tie in September, so every rule that applies to a provider fired (no ties: no E-I,
 * reach 0, no member with an outside tie); in October she engaged Sales and IT, and it is no longer isolated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import type { CompareAnswer } from '../../../server/schema/compare.ts';
import { connectTestDatabase } from '../../support/db.ts';
import { startTestApp, type Caller, type TestApp } from './appHarness.ts';
import { seedTiny } from './seed.ts';

let db: Database;
let app: TestApp;
beforeAll(async () => {
  db = await connectTestDatabase();
  await seedTiny(db);
  app = await startTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const SEPTEMBER_VS_OCTOBER =
  'beforeFrom=2026-09-01&beforeTo=2026-10-01&afterFrom=2026-10-01&afterTo=2026-10-31';

async function compare(query: string, as: Caller) {
  const res = await app.call(`/api/compare?${query}`, { as });
  return { status: res.status, body: (await res.json()) as CompareAnswer & { code?: string } };
}

describe('GET /api/compare', () => {
  it('classes each unit pair with its rate per 30 days in both periods', async () => {
    const { status, body } = await compare(SEPTEMBER_VS_OCTOBER, 'analyst');
    expect(status).toBe(200);
    const pair = (a: string, b: string) =>
      body.pairs.find((p) => [p.a, p.b].sort().join() === [a, b].sort().join());
    expect(pair('sales', 'it')).toMatchObject({
      change: 'steady',
      engagementsBefore: 2,
      engagementsAfter: 1,
      before: 2,
      relative: -0.5,
    });
    expect(pair('sales', 'it')!.after).toBeCloseTo(30 / 30, 12);
    expect(pair('sales', 'it-brm')).toMatchObject({ change: 'gained', before: 0, engagementsAfter: 1 });
    expect(pair('it', 'it-brm')).toMatchObject({ change: 'gained', before: 0, engagementsAfter: 1 });
    expect(body.totals).toEqual({ gained: 2, lost: 0, stronger: 0, weaker: 0, steady: 1 });
    expect(body.before).toMatchObject({ key: '2026-09-01_2026-10-01' });
    expect(body.units.find((u) => u.id === 'it-brm')).toMatchObject({
      isolatedBefore: true,
      isolatedAfter: false,
    });
    expect(body.changes.map((c) => [c.kind, c.units.join()])).toEqual([
      ['reconnected', 'it-brm'],
      ['gained', 'it,it-brm'],
      ['gained', 'it-brm,sales'],
    ]);
    expect(body.changes[0]!.text).toBe('BRM Office is no longer isolated.');
    expect(body.changes[1]!.text).toBe(
      'IT Services and BRM Office started working together: 1.0 engagements a month.',
    );
  });

  it('shows a viewer no unit below the privacy floor, anywhere in the answer', async () => {
    const { status, body } = await compare(SEPTEMBER_VS_OCTOBER, 'viewer');
    expect(status).toBe(200);
    expect(body).toMatchObject({ pairs: [], units: [], changes: [], privacy: { suppressedUnits: 3 } });
    expect(body.singlePointsOfFailure).toBeUndefined();
    for (const hidden of ['sales', 'Sales', 'it-brm', 'IT Services', 'BRM Office', 'p-ana', 'Ana Lima']) {
      expect(JSON.stringify({ ...body, privacy: undefined })).not.toContain(`"${hidden}`);
    }
  });

  it('refuses person pairs to a viewer and names bad periods', async () => {
    expect((await compare(`${SEPTEMBER_VS_OCTOBER}&level=person`, 'viewer')).status).toBe(403);
    const person = await compare(`${SEPTEMBER_VS_OCTOBER}&level=person`, 'analyst');
    expect(person.status).toBe(200);
    expect(person.body.pairs.map((p) => [p.aName, p.bName].sort().join(' & '))).toContain(
      'Ben Ortiz & Chen Wei',
    );
    const backwards = await compare(
      'beforeFrom=2026-10-01&beforeTo=2026-09-01&afterFrom=2026-10-01&afterTo=2026-10-31',
      'viewer',
    );
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toContain('beforeTo');
  });
});
