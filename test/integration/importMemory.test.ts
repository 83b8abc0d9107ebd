/**
 * All or nothing for an import larger than one transaction's memory. A managed Neo4j of its own runs with
 * db.memory.transaction.max at 16 MB (Community Edition has no dbms.setConfigValue to lower it on the shared
 * test database, and this one is removed afterwards, so nothing needs restoring). Shown there: the import does
 * not fit in one transaction; the importer writes it whole anyway (staged batches shrink until each fits, one
 * switch makes it visible); an import that fails after all its batches were staged — refused at the switch —
 * leaves the graph exactly as before with no staging left, the discarding itself shrinking its batches to fit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../server/db/connect.ts';
import { Database } from '../../server/db/database.ts';
import { startManagedNeo4j, type ManagedNeo4j } from '../../server/db/managedNeo4j.ts';
import { freePort } from '../../server/db/ports.ts';
import { importData, readImportSource } from '../../server/import/importer.ts';
import { rawFromBundle } from '../../server/import/rawBundle.ts';
import { inOneTransaction } from '../../server/import/stagingTransactions.ts';
import { STEPS } from '../../server/import/writeBundle.ts';
import type { Bundle } from '../../server/schema/bundle.ts';
import { syntheticBundle } from '../support/bundles.ts';
import { graphFingerprint } from '../support/db.ts';

const TX_MAX_MB = 16;
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-txmem-'));
let managed: ManagedNeo4j | undefined;
let db: Database;
beforeAll(async () => {
  const config = {
    home,
    boltPort: await freePort(),
    heapMb: 1024,
    pageCacheMb: 128,
    startTimeoutMs: 600_000,
  };
  managed = await startManagedNeo4j({ ...config, txMaxMb: TX_MAX_MB }, { report: () => {} });
  db = new Database({ uri: managed.uri, user: managed.user, password: managed.password });
  await applySchema(db);
  const tiny = new URL('../fixtures/import/tiny.json', import.meta.url).pathname;
  expect((await importData(db, readImportSource(tiny))).status).toBe('imported'); // a graph to keep intact
});
afterAll(async () => {
  await db?.close();
  await managed?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

/** Few nodes, many relationships (ten people in every engagement): a switch small beside the whole import. */
function relationshipHeavy(people: number, engagements: number): Bundle {
  const bundle = syntheticBundle(people, engagements);
  bundle.engagements.forEach((engagement, i) => {
    for (let k = 2; k < 10; k++) {
      const personId = `sp-${(i + k) % people}`;
      bundle.participants.push({ engagementId: engagement.id, personId, role: 'counterpart' });
    }
  });
  return bundle;
}

const input = (bundle: Bundle) => ({ raw: rawFromBundle(bundle), issues: [] });

async function stagedCount(): Promise<number> {
  const [row] = await db.read('import/stagedCount');
  return row!.n as number;
}

describe(`an import larger than one transaction (db.memory.transaction.max ${TX_MAX_MB} MB)`, () => {
  const bundle = relationshipHeavy(500, 3_000);

  it('does not fit in one transaction', async () => {
    const before = await graphFingerprint(db);
    const whole = inOneTransaction(db, async (run) => {
      for (const step of STEPS) {
        const stepRows = step.rows(bundle);
        if (stepRows.length > 0) await run(`import/staged/${step.name}`, { rows: stepRows });
      }
      await run('import/staged/switch');
    });
    await expect(whole).rejects.toThrow(/db\.memory\.transaction\.max/);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('refused at the switch after every batch was staged, leaves the graph exactly as before', async () => {
    const before = await graphFingerprint(db);
    const tooMany = syntheticBundle(500, 6_000); // staged in batches, but its switch cannot fit
    let stagedSteps = 0;
    const refused = importData(db, input(tooMany), {
      onProgress: ({ rowsDone, rowsTotal }) => void (rowsDone === rowsTotal && stagedSteps++),
    });
    await expect(refused).rejects.toMatchObject({ code: 'import_too_large' });
    expect(stagedSteps).toBe(5); // units, people, memberships, engagements, participants
    expect(await stagedCount()).toBe(0);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('commits whole through staged batches that fit', async () => {
    const before = await graphFingerprint(db);
    const outcome = await importData(db, input(bundle));
    expect(outcome.status).toBe('imported');
    if (outcome.status !== 'imported') return;
    const nodes = bundle.units.length + bundle.people.length + bundle.engagements.length;
    const relationships = bundle.memberships.length + bundle.participants.length;
    const created = Object.values(outcome.summary).reduce((total, counts) => total + counts.created, 0);
    expect(created).toBe(nodes + relationships);
    const after = await graphFingerprint(db);
    expect({
      nodes: after.nodes - before.nodes,
      relationships: after.relationships - before.relationships,
    }).toEqual({ nodes, relationships });
    expect(await stagedCount()).toBe(0);
  });
});
