import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../server/db/connect.ts';
import type { Database } from '../../server/db/database.ts';
import { clearGraph, connectTestDatabase } from '../support/db.ts';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await clearGraph(db);
});
afterAll(async () => db?.close());

async function run(query: string) {
  const session = db.session('WRITE');
  try {
    return (await session.run(query)).records;
  } finally {
    await session.close();
  }
}

describe('schema', () => {
  it('creates a uniqueness constraint on id for every label of the model', async () => {
    const records = await run(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
    );
    const labels = records
      .filter((r) => (r.get('properties') as string[]).join() === 'id')
      .map((r) => r.get('label'));
    expect(labels).toEqual(
      expect.arrayContaining(['Unit', 'Department', 'Provider', 'Person', 'Engagement', 'Feedback']),
    );
  });

  it('indexes engagement and feedback times for the projections', async () => {
    const records = await run(
      "SHOW INDEXES YIELD labelsOrTypes, properties, state RETURN labelsOrTypes[0] + '.' + properties[0] AS key, state",
    );
    const online = records.filter((r) => r.get('state') === 'ONLINE').map((r) => r.get('key'));
    expect(online).toEqual(expect.arrayContaining(['Engagement.at', 'Feedback.at']));
  });

  it('applies again without error or change', async () => {
    const count = async () => (await run('SHOW CONSTRAINTS')).length + (await run('SHOW INDEXES')).length;
    const before = await count();
    await applySchema(db);
    expect(await count()).toBe(before);
  });

  it('refuses a second node with the same id', async () => {
    await run("CREATE (:Person {id: 'dup'})");
    await expect(run("CREATE (:Person {id: 'dup'})")).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });
});
