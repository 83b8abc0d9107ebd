import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { importData, readImportSource } from '../../server/import/importer.ts';
import { clearGraph, connectTestDatabase, graphFingerprint } from '../support/db.ts';

const MAPPED = fileURLToPath(new URL('../fixtures/mapped/', import.meta.url));
const ORG = fileURLToPath(new URL('../fixtures/calendar/org/', import.meta.url));

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());
beforeEach(async () => {
  await clearGraph(db);
  await importData(db, readImportSource(ORG));
});

const importExport = (csv: string, mapping: string, dryRun = false) =>
  importData(db, readImportSource(MAPPED + csv, { mapping: MAPPED + mapping }), { dryRun });

describe('mapped CSV import into Neo4j', () => {
  it('writes the ServiceNow incidents with people found in the database, then changes nothing', async () => {
    const dry = await importExport('servicenow-incidents.csv', 'servicenow-incidents.mapping.json', true);
    expect(dry).toMatchObject({ status: 'valid', rows: 12, skipped: { noCounterpart: 1 } });
    const first = await importExport('servicenow-incidents.csv', 'servicenow-incidents.mapping.json');
    expect(first.status === 'imported' && first.summary.engagements.created).toBe(4);
    const [row] = await db.read('import/existingEngagements', { ids: ['snow-INC0010002'] });
    expect(row).toEqual({ id: 'snow-INC0010002' });
    const before = await graphFingerprint(db);
    const again = await importExport('servicenow-incidents.csv', 'servicenow-incidents.mapping.json');
    expect(again.status === 'imported' && again.summary.engagements).toEqual({
      created: 0,
      updated: 0,
      unchanged: 4,
    });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('writes nothing when the mapping names a missing column', async () => {
    const before = await graphFingerprint(db);
    const outcome = await importExport('servicenow-incidents.csv', 'missing-column.mapping.json');
    expect(outcome.status === 'invalid' && outcome.issues).toEqual([
      expect.objectContaining({ file: 'servicenow-incidents.csv', line: 1, field: 'closed_at' }),
    ]);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
