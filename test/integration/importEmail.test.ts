import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { importData, readImportSource } from '../../server/import/importer.ts';
import { parseJsonBundle } from '../../server/import/readJsonBundle.ts';
import { clearGraph, connectTestDatabase, graphFingerprint } from '../support/db.ts';

const ORG = fileURLToPath(new URL('../fixtures/calendar/org/', import.meta.url));

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());
beforeEach(async () => clearGraph(db));

const person = (id: string, email: string) => ({ id, name: id, role: 'staff', email });
const bundle = (rows: object) => parseJsonBundle(JSON.stringify({ format: 1, ...rows }), 'people.json');

describe('e-mail addresses and domains', () => {
  it('stores each address with its lower-cased key and each domain with its provider, idempotently', async () => {
    const first = await importData(db, readImportSource(ORG));
    expect(first.status).toBe('imported');
    const [ana] = await db.read('import/peopleByEmail', { keys: ['ana.lima@contoso.com'] });
    expect(ana).toEqual({ id: 'p-ana', emailKey: 'ana.lima@contoso.com' });
    expect(await db.read('import/providersByDomain', { domains: ['acme.example'] })).toEqual([
      { domain: 'acme.example', unitId: 'acme' },
    ]);
    const before = await graphFingerprint(db);
    const again = await importData(db, readImportSource(ORG));
    expect(again.status === 'imported' && again.summary.domains).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('refuses two people of one import with one address in different case, nothing written', async () => {
    const outcome = await importData(
      db,
      bundle({ people: [person('p-1', 'Kim@Contoso.com'), person('p-2', 'kim@contoso.com')] }),
    );
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    expect(outcome.issues).toEqual([
      expect.objectContaining({ file: 'people.json', line: 1, field: 'email', code: 'duplicate' }),
    ]);
    expect((await graphFingerprint(db)).nodes).toBe(0);
  });

  it('refuses an address the database holds for another person until an earlier import moved it away', async () => {
    await importData(db, bundle({ people: [person('p-1', 'kim@contoso.com')] }));
    const taken = await importData(db, bundle({ people: [person('p-2', 'KIM@contoso.com')] }));
    expect(taken.status === 'invalid' && taken.issues[0]?.reason).toBe(
      "'KIM@contoso.com' is already the address of person 'p-1'",
    );
    const swapped = await importData(
      db,
      bundle({ people: [person('p-1', 'kim.old@contoso.com'), person('p-2', 'kim@contoso.com')] }),
    );
    expect(swapped.status).toBe('invalid');
    await importData(db, bundle({ people: [person('p-1', 'kim.old@contoso.com')] }));
    const moved = await importData(db, bundle({ people: [person('p-2', 'kim@contoso.com')] }));
    expect(moved.status).toBe('imported');
  });

  it('refuses a domain that names a department', async () => {
    const outcome = await importData(
      db,
      bundle({
        units: [{ id: 'sales', name: 'Sales', type: 'department', kind: 'business' }],
        domains: [{ domain: 'sales.example', unitId: 'sales' }],
      }),
    );
    expect(outcome.status === 'invalid' && outcome.issues.map((i) => i.code)).toEqual(['wrong_unit_type']);
  });
});
