/** The engine serves a window from its cache until the data changes, and sees a change as soon as told. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../server/analytics/engine.ts';
import type { Database } from '../../server/db/database.ts';
import { forgetPerson } from '../../server/import/erasure.ts';
import { importData } from '../../server/import/importer.ts';
import { rawFromBundle } from '../../server/import/rawBundle.ts';
import { syntheticBundle } from '../support/bundles.ts';
import { connectTestDatabase, loadTinyFixture } from '../support/db.ts';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await loadTinyFixture(db);
});
afterAll(async () => db?.close());

describe('analytics engine', () => {
  it('trusts a data version for versionMaxAgeMs, and reads it again after dataChanged', async () => {
    const engine = new AnalyticsEngine(db, { versionMaxAgeMs: 60_000 });
    const before = await engine.forWindow('365d');
    await importData(db, { raw: rawFromBundle(syntheticBundle(6, 20), 'synthetic'), issues: [] });
    expect(await engine.forWindow('365d')).toBe(before);
    engine.dataChanged();
    const after = await engine.forWindow('365d');
    expect(after.dataVersion).toBeGreaterThan(before.dataVersion);
    expect(after.graphs.persons.order).toBe(before.graphs.persons.order + 6);
  });

  it('reads every engagement once per data version, and slices each new window from that read', async () => {
    const engine = new AnalyticsEngine(db);
    try {
      const windows = [];
      for (const spec of ['30d', '90d', '365d'] as const) windows.push(await engine.forWindow(spec));
      expect(new Set(windows.map((w) => w.window.key)).size).toBe(3);
      expect(engine.stats().historiesRead).toBe(1);
      await importData(db, { raw: rawFromBundle(syntheticBundle(12, 40), 'synthetic-3'), issues: [] });
      const after = await engine.forWindow('365d');
      expect(engine.stats().historiesRead).toBe(2);
      expect(after.dataVersion).toBeGreaterThan(windows[2]!.dataVersion);
      const fresh = new AnalyticsEngine(db);
      const expected = await fresh.forWindow('365d').finally(() => fresh.close());
      expect(after.graphs.persons.size).toBe(expected.graphs.persons.size);
      expect(after.graphs.persons.size).toBeGreaterThan(windows[2]!.graphs.persons.size);
    } finally {
      await engine.close();
    }
  });

  it('reads the data version on every call by default, so another process’s import shows at once', async () => {
    const engine = new AnalyticsEngine(db);
    const before = await engine.forWindow('30d');
    await importData(db, { raw: rawFromBundle(syntheticBundle(8, 10), 'synthetic-2'), issues: [] });
    expect((await engine.forWindow('30d')).dataVersion).toBeGreaterThan(before.dataVersion);
  });

  it('drops the roster kept for the next version as soon as it sees a person forgotten', async () => {
    const engine = new AnalyticsEngine(db);
    try {
      const before = await engine.forWindow('365d');
      expect(engine.stats().rosterKeptFrom).toBe(before.dataVersion);
      const person = before.graphs.persons.nodes()[0]!;
      expect((await forgetPerson(db, person)).found).toBe(true);
      engine.dataChanged();
      expect((await engine.resolve('365d')).dataVersion).toBeGreaterThan(before.dataVersion);
      await expect.poll(() => engine.stats().rosterKeptFrom).toBeNull();
    } finally {
      await engine.close();
    }
  });
});
