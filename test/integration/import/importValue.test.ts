/**
 * The value sections (issue 12 item 6) import beside the tiny org as
 * (provider)-[:DELIVERS]->(:Initiative)-[:FOR]->(department) and (:Initiative)-[:REALISED]->(:Benefit): from a
 * JSON bundle and a CSV folder alike, the same data twice changing nothing, a later import adding benefits to
 * an initiative already held; bad rows reported by file, line and field, an unknown initiative among them, with
 * nothing written. The relationships answer then carries the value, worked by hand.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../../server/analytics/engine.ts';
import type { Database } from '../../../server/db/database.ts';
import { importData, readImportSource } from '../../../server/import/importer.ts';
import { rawFromBundle } from '../../../server/import/rawBundle.ts';
import { SECTIONS, type Bundle } from '../../../server/schema/bundle.ts';
import { relationshipsQuery } from '../../../server/schema/relationships.ts';
import { relationshipsView } from '../../../server/views/relationshipsView.ts';
import { connectTestDatabase, graphFingerprint, loadTinyFixture, rawRows } from '../../support/db.ts';

const VALUE = fileURLToPath(new URL('../../fixtures/value/', import.meta.url));

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());
beforeEach(async () => loadTinyFixture(db));

async function imported(source: Parameters<typeof importData>[1]) {
  const outcome = await importData(db, source);
  if (outcome.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(outcome)}`);
  return outcome;
}
const fromFixture = (name: string) => imported(readImportSource(path.join(VALUE, name)));

const initiativeRows = () =>
  rawRows(
    db,
    'MATCH (p:Provider)-[:DELIVERS]->(i:Initiative)-[:FOR]->(d:Department) RETURN i.id AS id, p.id AS provider, ' +
      'd.id AS department, i.name AS name, toString(i.startedAt) AS startedAt, i.plannedBenefit AS planned, ' +
      'i.unit AS unit ORDER BY id',
  );
const benefitRows = () =>
  rawRows(
    db,
    'MATCH (i:Initiative)-[:REALISED]->(b:Benefit) RETURN i.id AS id, toString(b.at) AS at, b.realised AS realised ' +
      'ORDER BY id, at',
  );

function only(sections: Partial<Bundle>): Parameters<typeof importData>[1] {
  const bundle = { ...Object.fromEntries(SECTIONS.map((s) => [s, []])), ...sections } as Bundle;
  return { raw: rawFromBundle(bundle, 'later.json'), issues: [] };
}

describe('value import', () => {
  it('writes each initiative on its relationship and each benefit on its initiative', async () => {
    const outcome = await fromFixture('value.json');
    expect(outcome.summary.initiatives).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(outcome.summary.benefits).toEqual({ created: 4, updated: 0, unchanged: 0 });
    expect(await initiativeRows()).toEqual([
      {
        ...{ id: 'i-crm', provider: 'it', department: 'sales', name: 'CRM rollout' },
        ...{ startedAt: '2026-01-01', planned: 120000, unit: 'EUR' },
      },
      {
        ...{ id: 'i-quotes', provider: 'it', department: 'sales', name: 'Quote automation' },
        ...{ startedAt: '2026-04-01', planned: 600, unit: 'hours' },
      },
    ]);
    expect(await benefitRows()).toEqual([
      { id: 'i-crm', at: '2026-03-31', realised: 15000 },
      { id: 'i-crm', at: '2026-06-30', realised: 20000 },
      { id: 'i-crm', at: '2026-09-30', realised: 10000 },
      { id: 'i-quotes', at: '2026-06-30', realised: 150 },
    ]);
  });

  it('gives the same graph from the CSV folder, and a second import changes nothing', async () => {
    await fromFixture('value.json');
    const fromJson = await graphFingerprint(db);
    await loadTinyFixture(db);
    await fromFixture('value-csv');
    expect(await graphFingerprint(db)).toEqual(fromJson);
    const again = await fromFixture('value-csv');
    expect(again.summary.initiatives).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(again.summary.benefits).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(again.dataVersion).toBe((await fromFixture('value.json')).dataVersion);
    expect(await graphFingerprint(db)).toEqual(fromJson);
  });

  it('adds benefits to an initiative of an earlier import, and updates a day already reported', async () => {
    await fromFixture('value.json');
    const later = await imported(
      only({
        benefits: [
          { initiativeId: 'i-crm', at: '2026-09-30', realised: 12000 },
          { initiativeId: 'i-crm', at: '2026-12-31', realised: 5000 },
        ],
      }),
    );
    expect(later.summary.benefits).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const crm = (await benefitRows()).filter((b) => b.id === 'i-crm').map((b) => [b.at, b.realised]);
    expect(crm).toEqual([
      ['2026-03-31', 15000],
      ['2026-06-30', 20000],
      ['2026-09-30', 12000],
      ['2026-12-31', 5000],
    ]);
  });

  it('reports every bad row with file, line and field, an unknown initiative among them, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const outcome = await importData(db, readImportSource(path.join(VALUE, 'bad-csv')));
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    expect(outcome.issues.map((i) => `${i.file}:${i.line} ${i.field}`).sort()).toEqual([
      'benefits.csv:3 initiativeId', // unknown initiative
      'benefits.csv:4 realised', // negative
      'benefits.csv:5 at', // the same initiative and day as line 2
      'initiatives.csv:3 plannedBenefit', // 0
      'initiatives.csv:4 startedAt',
      'initiatives.csv:5 departmentId', // the BRM office does not serve Sales
      'initiatives.csv:6 providerId', // a department
      'initiatives.csv:7 id', // the same id as line 2
    ]);
    const reason = (file: string, line: number) =>
      outcome.issues.find((i) => i.file === file && i.line === line)?.reason;
    expect(reason('benefits.csv', 3)).toContain("unknown initiative 'i-nowhere'");
    expect(reason('initiatives.csv', 5)).toContain("'it-brm' does not serve 'sales'");
    expect(reason('initiatives.csv', 6)).toContain('expected a provider');
    expect(reason('initiatives.csv', 7)).toContain('duplicate');
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('puts planned against realised value in the relationships answer', async () => {
    await fromFixture('value.json');
    const engine = new AnalyticsEngine(db);
    try {
      // Both initiatives fully due by 2027-04-01: EUR 45k of 120k realised (62.5 % leaking), 150 of 600
      // hours (75 %); the relationship's share weighs both units alike (each one initiative, fully due).
      const analytics = await engine.forWindow({ from: '2026-10-01', to: '2027-04-01' });
      const viewer = { role: 'analyst' as const, privacy: { minGroupSize: 5 } };
      const answer = relationshipsView(analytics, relationshipsQuery.parse({}), viewer);
      const row = answer.relationships.find((r) => r.providerId === 'it' && r.departmentId === 'sales')!;
      expect(row.value).toMatchObject({
        initiatives: 2,
        counted: 2,
        amounts: [
          { unit: 'EUR', planned: 120000, due: 120000, realised: 45000, leakage: 75000, share: 0.625 },
          { unit: 'hours', planned: 600, due: 600, realised: 150, leakage: 450, share: 0.75 },
        ],
        share: 0.6875,
        worst: { id: 'i-quotes', name: 'Quote automation', share: 0.75 },
      });
      expect(row.value!.text).toBe(
        '€120k planned, €120k due, €45k realised; 600 hours planned, 600 hours due, 150 hours realised — 69 % leaking',
      );
      // A window ending before the last benefit leaves it out: as of 2026-07-01 only March and June count.
      const earlier = await engine.forWindow({ from: '2026-04-01', to: '2026-07-01' });
      const [value] = earlier.engagement.value.relationships;
      expect(value!.amounts[0]!.realised).toBe(35000);
    } finally {
      await engine.close();
    }
  });
});
