/** The tiny bundle, imported through the normal importer, as the API tests' data. */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { importData, readImportSource } from '../../../server/import/importer.ts';
import { clearGraph, connectTestDatabase } from '../../support/db.ts';
import { startTestApp, type TestApp } from './appHarness.ts';

const TINY = fileURLToPath(new URL('../../fixtures/import/tiny.json', import.meta.url));

export async function seedTiny(db: Database): Promise<void> {
  await clearGraph(db);
  const outcome = await importData(db, readImportSource(TINY));
  if (outcome.status !== 'imported') throw new Error(`seed failed: ${outcome.status}`);
}

/** The tiny org behind an app for a whole test file (floor 1: its units are small); set once beforeAll ran. */
export function useTinyApp(): { db: Database; app: TestApp } {
  const tiny = {} as { db: Database; app: TestApp };
  beforeAll(async () => {
    tiny.db = await connectTestDatabase();
    await seedTiny(tiny.db);
    tiny.app = await startTestApp(tiny.db, { privacy: { minGroupSize: 1 } });
  });
  afterAll(async () => {
    await tiny.app?.close();
    await tiny.db?.close();
  });
  return tiny;
}
