/**
 * The engagement chunks (server/analytics/projection/engagementChunks.ts): a read from them gives the table a
 * read row by row gives; an import retires only the chunks of the slots it touched; any other change of the
 * data version retires them all; forgetting a person deletes them; none is written under a version gone by.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../server/analytics/engine.ts';
import { readEngagements } from '../../server/analytics/projection/engagementChunks.ts';
import {
  readEngagementTable,
  type EngagementTable,
} from '../../server/analytics/projection/engagementTable.ts';
import { slotOf, slotStart } from '../../server/analytics/projection/chunkCodec.ts';
import type { Database } from '../../server/db/database.ts';
import { readDataVersion } from '../../server/db/importGate.ts';
import { toInteger } from '../../server/db/values.ts';
import { dropBefore, forgetPerson } from '../../server/import/erasure.ts';
import { importData } from '../../server/import/importer.ts';
import { rawFromBundle } from '../../server/import/rawBundle.ts';
import type { GeneratedOrg } from '../../seed/generate.ts';
import { oneMeeting } from '../support/bundles.ts';
import { connectTestDatabase, rawRows } from '../support/db.ts';
import { importDemoOrg } from '../support/demoOrg.ts';

const DAY = 86_400_000;
const EVERYTHING = [Date.parse('0001-01-01T00:00:00Z'), Date.parse('9999-12-31T00:00:00Z')] as const;

let db: Database;
let org: GeneratedOrg;
let newest: number;
beforeAll(async () => {
  db = await connectTestDatabase();
  org = await importDemoOrg(db, 's', 3);
  newest = Math.max(...org.bundle.engagements.map((row) => Date.parse(row.at)));
});
afterAll(async () => db?.close());

async function keepAll(): Promise<EngagementTable> {
  const read = await readEngagements(db, ...EVERYTHING, true);
  await read.kept;
  return read.table;
}

async function chunks(): Promise<Map<number, number>> {
  const rows = await rawRows(db, 'MATCH (k:EngagementChunk) RETURN k.slot AS slot, k.version AS version');
  return new Map(rows.map((row) => [Number(row.slot), Number(row.version)]));
}

function expectSameTable(actual: EngagementTable, expected: EngagementTable): void {
  expect(actual.size).toBe(expected.size);
  expect(actual.personIds).toEqual(expected.personIds);
  for (const column of [
    'at',
    'promisedBy',
    'deliveredAt',
    'durationMin',
    'sentiment',
    'negotiated',
    'kind',
    'outcome',
    'start',
    'participant',
    'initiator',
    'rank',
  ] as const)
    expect(Array.from(actual[column] as ArrayLike<unknown>), column).toEqual(
      Array.from(expected[column] as ArrayLike<unknown>),
    );
}

/** An import of one meeting between two of the org's people at `at`. */
async function importOneMeeting(id: string, at: number): Promise<void> {
  const [a, b] = org.bundle.people;
  const bundle = oneMeeting(id, new Date(at), a!.id, b!.id);
  const outcome = await importData(db, { raw: rawFromBundle(bundle, id), issues: [] });
  expect(outcome.status).toBe('imported');
}

describe('engagement chunks', () => {
  it('give the table a read row by row gives, for ranges that cut slots anywhere', async () => {
    const all = await keepAll();
    expect(all.size).toBe(org.bundle.engagements.length);
    expect((await chunks()).size).toBeGreaterThan(3);
    const ranges: Array<[number, number]> = [
      [...EVERYTHING],
      [newest - 360 * DAY, newest + DAY],
      [newest - 95.5 * DAY, newest - 17.25 * DAY],
    ];
    for (const [since, to] of ranges) {
      const fromChunks = (await readEngagements(db, since, to)).table;
      expectSameTable(fromChunks, await readEngagementTable(db, new Date(since), new Date(to)));
    }
  });

  it('are what a read takes where they are current and of this layout (a chunk changed by hand shows)', async () => {
    await keepAll();
    const slot = slotOf(newest);
    const [row] = await rawRows(db, `MATCH (k:EngagementChunk {slot: ${slot}}) RETURN k.strings AS strings`);
    const strings = JSON.parse(String(row?.strings)) as { personIds: string[] };
    strings.personIds[0] = 'changed-by-hand';
    await db.writeTransaction((tx) =>
      tx.run('MATCH (k:EngagementChunk {slot: $slot}) SET k.strings = $strings', {
        slot: toInteger(slot),
        strings: JSON.stringify(strings),
      }),
    );
    const wholeSlot = [slotStart(slot), slotStart(slot + 1)] as const; // where the chunk's first person is
    const read = await readEngagements(db, ...wholeSlot);
    expect(read.table.personIds).toContain('changed-by-hand');
    // a chunk of another layout is not read
    await db.writeTransaction((tx) =>
      tx.run('MATCH (k:EngagementChunk {slot: $slot}) SET k.format = 0', { slot: toInteger(slot) }),
    );
    const again = await readEngagements(db, ...wholeSlot);
    expect(again.table.personIds).not.toContain('changed-by-hand');
    await db.writeTransaction((tx) => tx.run('MATCH (k:EngagementChunk) DELETE k'));
  });

  it('are kept for every slot read on a graph that no import gave an epoch (written by other means)', async () => {
    await db.writeTransaction(async (tx) => {
      await tx.run('MATCH (k:EngagementChunk) DELETE k');
      await tx.run("MATCH (m:TrellisMeta {id: 'trellis'}) REMOVE m.chunkEpoch");
    });
    await keepAll();
    const slots = new Set(org.bundle.engagements.map((row) => slotOf(Date.parse(row.at))));
    expect(new Set((await chunks()).keys())).toEqual(slots);
  });

  it('are kept by the compute thread that read the slots row by row', async () => {
    await db.writeTransaction((tx) => tx.run('MATCH (k:EngagementChunk) DELETE k'));
    const engine = new AnalyticsEngine(db);
    try {
      await engine.forWindow('90d', { need: 'base' });
      const slots = new Set(org.bundle.engagements.map((row) => slotOf(Date.parse(row.at))));
      await expect.poll(async () => new Set((await chunks()).keys()), { timeout: 60_000 }).toEqual(slots);
    } finally {
      await engine.close();
    }
  });

  it('are retired by an import only for the slots it touched', async () => {
    await keepAll();
    const before = await chunks();
    const version = await readDataVersion(db);
    await importOneMeeting('chunk-test-1', newest);
    const table = await keepAll();
    const after = await chunks();
    expect(await readDataVersion(db)).toBe(version + 1);
    for (const [slot, written] of after) {
      if (slot === slotOf(newest)) expect(written, `slot ${slot}`).toBe(version + 1);
      else expect(written, `slot ${slot}`).toBe(before.get(slot));
    }
    expectSameTable(table, await readEngagementTable(db, new Date(EVERYTHING[0]), new Date(EVERYTHING[1])));
    expect(table.size).toBe(org.bundle.engagements.length + 1);
  });

  it('are all retired by a version bumped without a record of what changed', async () => {
    await keepAll();
    await db.write('import/bumpDataVersion');
    const version = await readDataVersion(db);
    await keepAll();
    expect(new Set((await chunks()).values())).toEqual(new Set([version]));
  });

  it('are deleted when a person is forgotten, and none written after names them', async () => {
    await keepAll();
    const person = org.bundle.participants[0]!.personId;
    expect((await forgetPerson(db, person)).found).toBe(true);
    expect((await chunks()).size).toBe(0);
    await keepAll();
    const rows = await rawRows(db, 'MATCH (k:EngagementChunk) RETURN k.strings AS strings');
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(JSON.parse(String(row.strings)).personIds).not.toContain(person);
  });

  it('are deleted when retention drops engagements', async () => {
    await keepAll();
    const dropped = await dropBefore(db, new Date(newest - 200 * DAY));
    expect(dropped.engagements).toBeGreaterThan(0);
    expect((await chunks()).size).toBe(0);
  });

  it('are not written under a data version that has moved on, nor for a graph deleted since', async () => {
    const version = await readDataVersion(db);
    const stale = {
      format: toInteger(1),
      slot: toInteger(1),
      size: toInteger(0),
      links: toInteger(0),
      columns: '',
      strings: '{}',
    };
    const [meta] = await rawRows(db, "MATCH (m:TrellisMeta {id: 'trellis'}) RETURN m.chunkEpoch AS epoch");
    const epoch = meta?.epoch as string;
    const write = (at: number, of: string) =>
      db.write('projection/chunks/write', {
        epoch: of,
        ours: 'made up by the writer',
        version: toInteger(at),
        chunks: [stale],
      });
    await write(version - 1, epoch);
    expect((await chunks()).has(1)).toBe(false);
    await write(version, 'the epoch of a graph deleted since'); // its versions may have started over
    expect((await chunks()).has(1)).toBe(false);
    await write(version, epoch);
    expect((await chunks()).get(1)).toBe(version);
    await db.writeTransaction((tx) => tx.run('MATCH (k:EngagementChunk {slot: 1}) DELETE k'));
    // the graph deleted (its metadata gone) before a late write of its read: the write is refused, and the next
    // graph does not take the deleted one's epoch (its versions start over, and they would pass for it)
    await db.writeTransaction((tx) => tx.run("MATCH (m:TrellisMeta {id: 'trellis'}) DETACH DELETE m"));
    await write(0, epoch);
    expect((await chunks()).has(1)).toBe(false);
    const [after] = await rawRows(db, "MATCH (m:TrellisMeta {id: 'trellis'}) RETURN m.chunkEpoch AS epoch");
    expect(after?.epoch ?? null).not.toBe(epoch);
  });
});
