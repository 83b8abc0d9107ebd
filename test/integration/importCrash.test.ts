/**
 * All-or-nothing when the database itself dies mid-import: a separate managed Neo4j is killed (SIGKILL) while
 * an import is in flight — inside the one transaction of an import written whole, while it stages, then while
 * it switches its staged nodes visible behind the import gate — and restarted on the same store; the graph is exactly as before the import once the staging left
 * behind is discarded (a switch begun, rolled back), as Trellis does at start-up and before every import.
 * Nothing of the import is visible to a reader even before that: readers are answered 503 while the gate is
 * closed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ManagedNeo4jConfig } from '../../server/config.ts';
import { applySchema } from '../../server/db/connect.ts';
import { Database } from '../../server/db/database.ts';
import { startManagedNeo4j, type ManagedNeo4j } from '../../server/db/managedNeo4j.ts';
import { readDataVersion } from '../../server/db/importGate.ts';
import { freePort } from '../../server/db/ports.ts';
import { importData, readImportSource } from '../../server/import/importer.ts';
import { rawFromBundle } from '../../server/import/rawBundle.ts';
import { discardStaging } from '../../server/import/stagingTransactions.ts';
import { graphFingerprint } from '../support/db.ts';
import { syntheticBundle } from '../support/bundles.ts';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-crash-'));
let managed: ManagedNeo4j | undefined;
afterAll(async () => {
  await managed?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

let lastConfig: ManagedNeo4jConfig | undefined;

async function open(config: ManagedNeo4jConfig) {
  lastConfig = config;
  managed = await startManagedNeo4j(config, { report: () => {} });
  const db = new Database({ uri: managed.uri, user: managed.user, password: managed.password });
  await applySchema(db);
  return db;
}

describe('import when the database dies', () => {
  it('leaves the graph as it was before the import', { timeout: 600_000 }, async () => {
    const config = {
      home,
      boltPort: await freePort(),
      heapMb: 1024,
      pageCacheMb: 128,
      startTimeoutMs: 600_000,
    };
    let db = await open(config);
    await importData(db, readImportSource(new URL('../fixtures/import/tiny.json', import.meta.url).pathname));
    const before = await graphFingerprint(db);
    const visibleBefore = await visibleFingerprint(db);
    let killed = false;
    const killOnce = () => {
      if (killed) return;
      killed = true;
      process.kill(managed!.pid, 'SIGKILL');
    };

    // Small enough for one transaction: killed inside it, it leaves nothing, staged or visible.
    const whole = importData(
      db,
      { raw: rawFromBundle(syntheticBundle(500, 20_000)), issues: [] },
      { batchSize: 1_000, onProgress: ({ step }) => step === 'engagements' && killOnce() },
    );
    await expect(whole).rejects.toMatchObject({ code: 'import_failed' });
    db = await reopen(db, config);
    expect(await countStaged(db)).toBe(0);
    expect(await graphFingerprint(db)).toEqual(before);

    // Staged in batches of their own transactions (wholeRows 0): killed after some committed.
    killed = false;
    const crashing = importData(
      db,
      { raw: rawFromBundle(syntheticBundle(500, 20_000)), issues: [] },
      // mid-import: a batch of engagements is staged, the rest is not
      { batchSize: 1_000, wholeRows: 0, onProgress: ({ step }) => step === 'engagements' && killOnce() },
    );
    await expect(crashing).rejects.toMatchObject({ code: 'import_failed' });
    db = await reopen(db, config);
    const staged = await countStaged(db);
    expect(staged).toBeGreaterThan(0); // the kill came after batches had committed to the staging
    expect(await visibleFingerprint(db)).toEqual(visibleBefore);
    await discardStaging(db); // what Trellis does at start-up
    expect(await countStaged(db)).toBe(0);
    expect(await graphFingerprint(db)).toEqual(before);
    await db.close();
  });

  it('rolls back an import killed during its switch', { timeout: 600_000 }, async () => {
    // At 16 MB of transaction memory the switch of 12,500 nodes cannot run at once: it runs gated, in batches.
    // (8,000 engagements fit at once since each is staged with its participants, in one query.)
    await managed!.stop();
    const db = await open({ ...lastConfig!, txMaxMb: 16 });
    const before = await graphFingerprint(db);
    const version = await readDataVersion(db);
    const crashing = importData(db, { raw: rawFromBundle(syntheticBundle(500, 12_000)), issues: [] });
    await gateClosed(db, crashing);
    process.kill(managed!.pid, 'SIGKILL'); // the gate is closed: the switch has begun or is about to
    await expect(crashing).rejects.toMatchObject({ code: 'import_failed' });
    await managed!.exited;
    await db.close().catch(() => {});

    const restarted = await open(lastConfig!);
    await expect(readDataVersion(restarted)).rejects.toMatchObject({ code: 'import_finishing' });
    await discardStaging(restarted); // what Trellis does at start-up
    expect(await countStaged(restarted)).toBe(0);
    expect(await graphFingerprint(restarted)).toEqual(before);
    expect(await readDataVersion(restarted)).toBe(version + 1);
    await restarted.close();
  });
});

/** Waits until the import closes the gate (it would fail the test by finishing first). */
async function gateClosed(db: Database, importing: Promise<unknown>): Promise<void> {
  let settled = false;
  void importing.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (;;) {
    const [row] = await db.read('meta/dataVersion');
    if (row?.switching === true) return;
    if (settled) throw new Error('the import ended before its switch was seen');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** After a kill: waits for the old Neo4j to exit and starts it again on the same store. */
async function reopen(db: Database, config: ManagedNeo4jConfig): Promise<Database> {
  await managed!.exited;
  await db.close().catch(() => {});
  return open(config);
}

async function countStaged(db: Database): Promise<number> {
  const [row] = await db.read('import/stagedCount');
  return row!.n as number;
}

/** What the readers see: the nodes with Trellis's labels and the relationships between them. */
async function visibleFingerprint(db: Database) {
  const session = db.session('READ');
  try {
    const result = await session.run(
      'MATCH (n) WHERE n:Unit OR n:Person OR n:Engagement OR n:Feedback ' +
        'OPTIONAL MATCH (n)-[r]->(m) WHERE m:Unit OR m:Person OR m:Engagement OR m:Feedback ' +
        'RETURN count(DISTINCT n) AS nodes, count(r) AS relationships',
    );
    const record = result.records[0]!;
    return { nodes: Number(record.get('nodes')), relationships: Number(record.get('relationships')) };
  } finally {
    await session.close();
  }
}
