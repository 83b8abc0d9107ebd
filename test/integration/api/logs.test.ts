/**
 * No personal data in logs: a request line names the route, status, token id and the console query's hash,
 * never the Cypher text, its parameters, the token or a person's name. Also: shutting down answers 503.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { createLogger } from '../../../server/log.ts';
import { connectTestDatabase } from '../../support/db.ts';
import { startTestApp, type TestApp } from './appHarness.ts';
import { seedTiny } from './seed.ts';

let db: Database;
let app: TestApp;
let logged = '';
beforeAll(async () => {
  db = await connectTestDatabase();
  await seedTiny(db);
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (logged += chunk.toString()));
  app = await startTestApp(db, { log: createLogger('info', stream) });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('logs', () => {
  it('hold the query hash, never the text, parameters, names or tokens', async () => {
    const queries = [
      { query: "MATCH (p:Person {name: 'Ana Lima'}) RETURN p.title AS secretTitle", parameters: {} },
      { query: 'MATCH (p:Person) WHERE p.id = $who RETURN p.name', parameters: { who: 'p-dora-secret' } },
      { query: "CREATE (:Person {name: 'Zed Secret'})", parameters: {} },
      { query: 'MATCH (n RETURN syntaxSecret', parameters: {} },
    ];
    const hashes: string[] = [];
    for (const body of queries) {
      const res = await app.call('/api/cypher', { as: 'analyst', json: body });
      const answer = (await res.json()) as { queryHash?: string };
      if (answer.queryHash) hashes.push(answer.queryHash);
    }
    await app.call('/api/cypher/library?name=Ana%20Lima', { as: 'viewer' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const secret of [
      'Ana Lima',
      'secretTitle',
      'p-dora-secret',
      'Zed Secret',
      'syntaxSecret',
      'MATCH',
      app.tokens.analyst,
      app.tokens.viewer,
    ]) {
      expect(logged).not.toContain(secret);
    }
    for (const hash of hashes) expect(logged).toContain(hash);
    expect(logged).toContain('"route":"/api/cypher"');
    expect(logged).toContain('"status":403');
  });

  it('answers 503 shutting_down to new requests while the process stops', async () => {
    app.deps.readiness.shuttingDown = true;
    try {
      const stats = await app.call('/api/stats');
      expect(stats.status).toBe(503);
      expect(stats.headers.get('retry-after')).toBeTruthy();
      expect(await stats.json()).toMatchObject({ code: 'shutting_down' });
      expect(await (await app.call('/api/ready')).json()).toMatchObject({ ready: false });
    } finally {
      app.deps.readiness.shuttingDown = false;
    }
  });
});
