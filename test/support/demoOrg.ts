/** Imports a generated demo org into the (cleared) test database through the normal importer. */
import type { Database } from '../../server/db/database.ts';
import { importData } from '../../server/import/importer.ts';
import { rawFromBundle } from '../../server/import/rawBundle.ts';
import { generateOrg, type GeneratedOrg } from '../../seed/generate.ts';
import type { Size } from '../../seed/org.ts';
import { clearGraph } from './db.ts';

export async function importDemoOrg(db: Database, size: Size, seed: number): Promise<GeneratedOrg> {
  const generated = generateOrg({ size, seed });
  await clearGraph(db);
  const outcome = await importData(db, { raw: rawFromBundle(generated.bundle, `demo-${size}`), issues: [] });
  if (outcome.status !== 'imported') throw new Error(`demo org ${size}/${seed} did not import`);
  return generated;
}
