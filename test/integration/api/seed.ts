/** The tiny bundle, imported through the normal importer, as the API tests' data. */
import { fileURLToPath } from 'node:url';
import type { Database } from '../../../server/db/database.ts';
import { importData, readImportSource } from '../../../server/import/importer.ts';
import { clearGraph } from '../../support/db.ts';

const TINY = fileURLToPath(new URL('../../fixtures/import/tiny.json', import.meta.url));

export async function seedTiny(db: Database): Promise<void> {
  await clearGraph(db);
  const outcome = await importData(db, readImportSource(TINY));
  if (outcome.status !== 'imported') throw new Error(`seed failed: ${outcome.status}`);
}
