/**
 * Property-based fuzzing of every route in the OpenAPI document: malformed and hostile paths, query strings,
 * bodies and tokens. Not one answer may be a 5xx, and the graph must be unchanged afterwards. The import route
 * is the one meant to write: every answer other than a commit that says it changed something must leave the
 * graph as it was, and the seed is restored after it.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { connectTestDatabase, graphFingerprint } from '../../support/db.ts';
import { startTestApp, type Caller, type TestApp } from './appHarness.ts';
import { fromSchema, hostileText } from './schemaArbitrary.ts';
import { seedTiny } from './seed.ts';

const WRITING_ROUTE = '/api/import';

type Operation = {
  parameters: Array<{ name: string; in: 'path' | 'query'; schema: Record<string, unknown> }>;
  requestBody?: { content: { 'application/json': { schema: Record<string, unknown> } } };
};

let db: Database;
let app: TestApp;
let operations: Array<{ path: string; method: string; op: Operation }>;
beforeAll(async () => {
  db = await connectTestDatabase();
  await seedTiny(db);
  app = await startTestApp(db, { console: { timeoutMs: 1_500, maxRows: 200, planGate: true } });
  const doc = (await (await app.call('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const caller = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<Caller>('none', 'viewer') },
  { weight: 3, arbitrary: fc.constantFrom<Caller>('analyst', 'admin') },
);
const rawBody = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom('{', '[]', 'null', '{"query": "RETURN 1"', '{"__proto__": {"x": 1}}', '\u0000'),
);

function requestFor(operation: (typeof operations)[number]) {
  const body = operation.op.requestBody?.content['application/json'].schema;
  return fc.record({
    as: caller,
    pathValues: fc.array(hostileText, { minLength: 4, maxLength: 4 }),
    query: fc.dictionary(
      fc.constantFrom('limit', 'window', 'x', '__proto__', 'level', 'dryRun'),
      hostileText,
      {
        maxKeys: 3,
      },
    ),
    body: body
      ? fc.oneof(
          fromSchema(body).map((json) => ({ json })),
          rawBody.map((raw) => ({ raw })),
        )
      : fc.constant(undefined),
    method: fc.oneof(
      { weight: 6, arbitrary: fc.constant(operation.method) },
      fc.constantFrom('get', 'post', 'put', 'delete'),
    ),
  });
}

describe('fuzz', () => {
  it('never answers 5xx and never changes the data, on any documented route', async () => {
    const before = await graphFingerprint(db);
    const seen = new Set<string>();
    for (const operation of operations) {
      const writes = operation.path === WRITING_ROUTE;
      await fc.assert(
        fc.asyncProperty(requestFor(operation), async (input) => {
          const graphBefore = writes ? await graphFingerprint(db) : undefined;
          let index = 0;
          const path = operation.path.replace(/\{[^}]+\}/g, () =>
            encodeURIComponent(input.pathValues[index++] ?? ''),
          );
          const search = new URLSearchParams(input.query).toString();
          const url = `${path}${search ? `?${search}` : ''}`;
          const init =
            !input.body || input.method === 'get'
              ? {}
              : 'raw' in input.body
                ? { body: input.body.raw, headers: { 'content-type': 'application/json' } }
                : { json: input.body.json };
          const res = await app.call(url, { as: input.as, method: input.method.toUpperCase(), ...init });
          const text = await res.text();
          expect(res.status, `${input.method} ${url}: ${text.slice(0, 300)}`).toBeLessThan(500);
          if (res.status >= 400)
            expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          const code = res.status >= 400 ? (JSON.parse(text) as { code: string }).code : '';
          seen.add(`${res.status} ${code}`.trim());
          if (writes && !(res.status === 200 && (JSON.parse(text) as { changed?: boolean }).changed))
            expect(await graphFingerprint(db)).toEqual(graphBefore);
        }),
        { numRuns: operation.op.requestBody ? 300 : 40 },
      );
      if (writes) await seedTiny(db);
    }
    expect(await graphFingerprint(db)).toEqual(before);
    // The inputs reached every layer: success, refusal by the plan gate, Neo4j's own errors, validation.
    expect([...seen]).toEqual(
      expect.arrayContaining([
        '200',
        '403 query_refused',
        '400 query_invalid',
        '400 validation_failed',
        '401 unauthorized',
      ]),
    );
  });
});
