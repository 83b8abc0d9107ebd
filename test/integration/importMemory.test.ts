/**
 * All or nothing for an import larger than one transaction's memory. A managed Neo4j of its own runs with
 * db.memory.transaction.max at 16 MB (Community Edition has no dbms.setConfigValue to lower it on the shared
 * test database, and this one is removed afterwards, so nothing needs restoring). Shown there: the import does
 * not fit in one transaction, nor does the switch of its staged nodes; the importer writes it whole anyway
 * (staged batches shrink until each fits, the switch runs in batches behind the import gate); an import that
 * stopped half switched — the gate still closed — is answered 503 to every reader and rolled back by the next
 * start, leaving the graph exactly as before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transaction } from 'neo4j-driver';
import { applySchema } from '../../server/db/connect.ts';
import { cypher } from '../../server/db/cypherFiles.ts';
import { Database } from '../../server/db/database.ts';
import { startManagedNeo4j, type ManagedNeo4j } from '../../server/db/managedNeo4j.ts';
import { freePort } from '../../server/db/ports.ts';
import { importData, readImportSource } from '../../server/import/importer.ts';
import { rawFromBundle } from '../../server/import/rawBundle.ts';
import { AnalyticsEngine } from '../../server/analytics/engine.ts';
import { readDataVersion } from '../../server/db/importGate.ts';
import { freshIds, routeOf } from '../../server/import/stagedSteps.ts';
import { discardStaging, inOneTransaction, stageRows } from '../../server/import/stagingTransactions.ts';
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

async function switchedCount(): Promise<number> {
  const [row] = await db.read('import/staged/switchedCount');
  return row!.n as number;
}

/** Stages a bundle's new elements as the importer does, without switching them. */
async function stageAll(bundle: Bundle): Promise<void> {
  const fresh = await freshIds(db, bundle);
  const batching = { size: 20_000 };
  for (const step of STEPS) {
    const rows = step.rows(bundle).filter((row) => routeOf(step.name, row, fresh) === 'staged');
    if (rows.length > 0) await stageRows(db, `import/staged/${step.name}`, rows, batching);
  }
}

/** The switch as one transaction, as the importer ran it before it batched: every staged node at once. */
const ONE_TRANSACTION_SWITCH = `
  CALL () { MATCH (u:StagedUnit) REMOVE u:StagedUnit SET u:Unit RETURN count(*) AS units }
  CALL () { MATCH (p:StagedPerson) REMOVE p:StagedPerson SET p:Person RETURN count(*) AS people }
  CALL () { MATCH (e:StagedEngagement) REMOVE e:StagedEngagement SET e:Engagement RETURN count(*) AS engagements }
  RETURN units + people + engagements AS n`;

/** Runs `work` in one explicit write transaction with query text of its own: committed, or rolled back. */
async function inOneWrite(work: string | ((tx: Transaction) => Promise<unknown>)): Promise<void> {
  const session = db.session('WRITE');
  const tx = session.beginTransaction();
  try {
    await (typeof work === 'string' ? tx.run(work) : work(tx));
    await tx.commit();
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
  }
}

/** Removes what an import of `bundle` created (none of the tiny graph's ids), in transactions that fit. */
async function clearImported(bundle: Bundle): Promise<void> {
  const ids = [...bundle.engagements, ...bundle.people, ...bundle.units].map((row) => row.id);
  const session = db.session('WRITE');
  try {
    for (const label of ['Engagement', 'Person', 'Unit']) {
      const query = `MATCH (n:${label}) WHERE n.id IN $ids WITH n LIMIT 200 DETACH DELETE n RETURN count(*) AS n`;
      let deleted = Infinity;
      while (deleted > 0) deleted = Number((await session.run(query, { ids })).records[0]!.get('n'));
    }
  } finally {
    await session.close();
  }
}

describe(`an import larger than one transaction (db.memory.transaction.max ${TX_MAX_MB} MB)`, () => {
  const bundle = relationshipHeavy(500, 3_000);

  it('does not fit in one transaction', async () => {
    const before = await graphFingerprint(db);
    const whole = inOneWrite(async (tx) => {
      for (const step of STEPS) {
        const rows = step.rows(bundle);
        if (rows.length > 0) await tx.run(cypher(`import/staged/${step.name}`), { rows });
      }
      await tx.run(ONE_TRANSACTION_SWITCH);
    });
    await expect(whole).rejects.toThrow(/db\.memory\.transaction\.max/);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('switches in batches when one transaction cannot switch its staged nodes', async () => {
    const before = await graphFingerprint(db);
    const large = syntheticBundle(500, 6_000);
    await stageAll(large);
    await expect(inOneWrite(ONE_TRANSACTION_SWITCH)).rejects.toThrow(/db\.memory\.transaction\.max/);
    await discardStaging(db);
    expect(await graphFingerprint(db)).toEqual(before);

    const outcome = await importData(db, input(large));
    expect(outcome.status).toBe('imported');
    const after = await graphFingerprint(db);
    const nodes = large.people.length + large.engagements.length + 2;
    expect(after.nodes - before.nodes).toBe(nodes);
    expect(await switchedCount()).toBe(0); // settled: the switch marks are gone
    expect(await readDataVersion(db)).toBe((outcome as { dataVersion: number }).dataVersion); // gate open
    await clearImported(large);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('a start rolls back an import stopped half switched; readers are answered 503 meanwhile', async () => {
    const before = await graphFingerprint(db);
    const version = await readDataVersion(db);
    await stageAll(syntheticBundle(500, 6_000));
    const [gate] = await inOneTransaction(db, (run) => run('import/staged/mark'));
    expect(gate!.busy).toBe(false);
    // What a kill -9 between two switch batches leaves: some staged nodes visible, the gate closed.
    await inOneWrite(
      'MATCH (n:StagedEngagement) WITH n LIMIT 2000 REMOVE n:StagedEngagement SET n:Engagement:ImportSwitched',
    );
    expect(await switchedCount()).toBe(2_000);
    await expect(readDataVersion(db)).rejects.toMatchObject({ code: 'import_finishing' });
    const engine = new AnalyticsEngine(db);
    try {
      await expect(engine.resolve('30d')).rejects.toMatchObject({ code: 'import_finishing' });
    } finally {
      await engine.close();
    }

    expect(await discardStaging(db)).toEqual({ rolledBack: 2_000 }); // what Trellis does at start
    expect(await graphFingerprint(db)).toEqual(before);
    expect(await stagedCount()).toBe(0);
    expect(await readDataVersion(db)).toBe(version + 1); // nothing computed meanwhile is served again
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
