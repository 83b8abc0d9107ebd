/**
 * The compute worker's database (server/analytics/compute/taggedDatabase.ts) against the real Neo4j: a task's
 * reads carry its id, endTask terminates them, and readsEnded resolves only once they have ended, so that a
 * stopped task's read is never handed, still in flight, to the thread's next task.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TaggedDatabase } from '../../server/analytics/compute/taggedDatabase.ts';
import { until } from '../support/until.ts';

/** Named relative to cypher/: a test-only query that runs until it is terminated. */
const SLOW_READ = '../test/fixtures/cypher/slowRead';

let db: TaggedDatabase;
beforeAll(() => {
  db = new TaggedDatabase(inject('neo4j'));
});
afterAll(async () => db?.close());

async function runningReads(task: number): Promise<number> {
  const session = db.session('READ');
  try {
    const result = await session.run(
      'SHOW TRANSACTIONS YIELD metaData WHERE metaData.trellisTask = $task RETURN count(*) AS n',
      { task },
    );
    return Number(result.records[0]!.get('n'));
  } finally {
    await session.close();
  }
}

describe('the compute worker database', () => {
  it('waits in readsEnded until a terminated read of the task has failed', async () => {
    db.tag = { trellisTask: 41 };
    let outcome = 'running';
    const reading = db.read(SLOW_READ).then(
      () => (outcome = 'answered'),
      (error: Error) => (outcome = error.message),
    );
    await until(async () => (await runningReads(41)) === 1);
    db.tag = { trellisTask: 42 }; // the next task's tag: the read keeps the one it started with
    const ended = db.readsEnded();
    expect(outcome).toBe('running');
    await db.endTask(41);
    await ended;
    expect(outcome).toMatch(/terminated/i);
    await reading;
  });

  it('forgets a read once it has ended, so readsEnded resolves after it', async () => {
    const rows = await db.read('meta/engagementSpan');
    expect(rows).toHaveLength(1);
    await db.readsEnded(); // hangs (the test times out) if the ended read were still counted
  });
});
