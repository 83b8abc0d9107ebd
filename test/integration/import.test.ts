import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { importData, readImportSource } from '../../server/import/importer.ts';
import { parseJsonBundle } from '../../server/import/readJsonBundle.ts';
import { clearGraph, connectTestDatabase, graphFingerprint } from '../support/db.ts';
import { BAD_CSV_ISSUES } from '../support/fixtures.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const tinyJson = path.join(FIXTURES, 'tiny.json');
const tinyCsv = path.join(FIXTURES, 'tiny-csv');
const badCsv = path.join(FIXTURES, 'bad-csv');

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());
beforeEach(async () => clearGraph(db));

async function imported(source: string) {
  const outcome = await importData(db, readImportSource(source));
  if (outcome.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('import', () => {
  it('writes a JSON bundle with every node, relationship and typed property', async () => {
    const outcome = await imported(tinyJson);
    expect(outcome.summary.units.created).toBe(3);
    expect(outcome.summary.engagements.created).toBe(3);
    expect(outcome.dataVersion).toBe(1);
    const [row] = await db.read('meta/stats');
    expect(row).toBeDefined();
    const rows = await db.read('meta/stats');
    const count = (name: string) => rows.find((r) => r.name === name)?.count;
    expect([
      count('Department'),
      count('Provider'),
      count('Person'),
      count('Engagement'),
      count('Feedback'),
    ]).toEqual([1, 2, 4, 3, 2]);
    expect([
      count('PART_OF'),
      count('REPORTS_TO'),
      count('PARTICIPATED'),
      count('ABOUT'),
      count('SERVES'),
    ]).toEqual([1, 1, 7, 3, 1]);
    const session = db.session('READ');
    const record = (
      await session.run(
        "MATCH (e:Engagement {id: 'e-1'}) RETURN e.at.year AS year, e.promisedBy > e.at AS later, e.negotiated AS negotiated",
      )
    ).records[0]!;
    await session.close();
    expect(Number(record.get('year'))).toBe(2026);
    expect(record.get('later')).toBe(true);
    expect(record.get('negotiated')).toBe(true);
  });

  it('gives the same graph from the CSV folder as from the JSON bundle', async () => {
    await imported(tinyJson);
    const fromJson = await graphFingerprint(db);
    await clearGraph(db);
    await imported(tinyCsv);
    expect(await graphFingerprint(db)).toEqual(fromJson);
  });

  it('changes nothing when the same data is imported twice, and says so', async () => {
    await imported(tinyCsv);
    const before = await graphFingerprint(db);
    const second = await imported(tinyCsv);
    expect(await graphFingerprint(db)).toEqual(before);
    for (const counts of Object.values(second.summary)) {
      expect(counts.created + counts.updated).toBe(0);
    }
    expect(second.summary.participants.unchanged).toBe(7);
    expect(second.dataVersion).toBe(1);
  });

  it('reports updated rows when a later import changes them', async () => {
    await imported(tinyJson);
    const text = (await import('node:fs')).readFileSync(tinyJson, 'utf8').replace('"score": 4', '"score": 2');
    const outcome = await importData(db, parseJsonBundle(text, 'tiny.json'));
    expect(outcome.status).toBe('imported');
    if (outcome.status !== 'imported') return;
    expect(outcome.summary.feedback).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(outcome.dataVersion).toBe(2);
  });

  it('reports every bad row with file, line, field and reason, and writes nothing', async () => {
    const outcome = await importData(db, readImportSource(badCsv));
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    const found = outcome.issues.map((i) => `${i.file}:${i.line} ${i.field}`);
    expect(found.sort()).toEqual(BAD_CSV_ISSUES);
    expect(outcome.issues.find((i) => i.field === 'personId')?.reason).toContain("unknown person 'p-nobody'");
    expect((await graphFingerprint(db)).nodes).toBe(0);
  });

  it('reports bad rows of a JSON bundle by line', async () => {
    const text = (await import('node:fs'))
      .readFileSync(tinyJson, 'utf8')
      .replace('"durationMin": 15', '"durationMin": -5');
    const outcome = await importData(db, parseJsonBundle(text, 'tiny.json'));
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    expect(outcome.issues).toEqual([
      expect.objectContaining({ file: 'tiny.json', line: 26, field: 'durationMin' }),
    ]);
  });

  it('accepts references to people and units imported earlier', async () => {
    await imported(tinyJson);
    const later = JSON.stringify({
      format: 1,
      engagements: [
        {
          id: 'e-10',
          kind: 'transaction',
          at: '2026-10-20T10:00:00Z',
          durationMin: 5,
          negotiated: false,
          outcome: 'delivered',
        },
      ],
      participants: [
        { engagementId: 'e-10', personId: 'p-ben', role: 'initiator' },
        { engagementId: 'e-10', personId: 'p-chen', role: 'counterpart' },
      ],
    });
    const outcome = await importData(db, parseJsonBundle(later, 'later.json'));
    expect(outcome.status).toBe('imported');
  });

  it('leaves the graph as it was when a late batch fails', async () => {
    await imported(tinyJson);
    const before = await graphFingerprint(db);
    const changed = (await import('node:fs')).readFileSync(tinyJson, 'utf8').replaceAll('Sales', 'Revenue');
    const failLate = (progress: { step: string }) => {
      if (progress.step === 'feedback') throw new Error('simulated failure in the last batch');
    };
    await expect(
      importData(db, parseJsonBundle(changed, 'tiny.json'), { batchSize: 1, onProgress: failLate }),
    ).rejects.toMatchObject({
      code: 'import_failed',
    });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('validates without writing on a dry run', async () => {
    const outcome = await importData(db, readImportSource(tinyCsv), { dryRun: true });
    expect(outcome).toEqual({ status: 'valid', dryRun: true, rows: 25, skipped: {} });
    expect((await graphFingerprint(db)).nodes).toBe(0);
  });
});
