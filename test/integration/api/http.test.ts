/**
 * The service frame: the auth matrix over every route in the OpenAPI document, problem+json answers,
 * security headers, the JSON body limit, per-token rate limits and the generated OpenAPI document itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { connectTestDatabase } from '../../support/db.ts';
import { startTestApp, type Caller, type TestApp } from './appHarness.ts';
import { seedTiny } from './seed.ts';

type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>> };
type Operation = {
  'x-required-role': string;
  requestBody?: unknown;
  parameters: Array<{ name: string; in: string }>;
};

const CALLERS: Caller[] = ['none', 'viewer', 'analyst', 'admin'];
const RANK: Record<string, number> = { public: -1, viewer: 0, analyst: 1, admin: 2 };
/** A valid request for each route that needs one. */
const SAMPLE_BODY: Record<string, unknown> = {
  '/api/cypher': { query: 'RETURN 1 AS one' },
  '/api/import': { format: 1 }, // an empty bundle: valid, writes nothing
  '/api/whatif': { remove: { units: ['sales'] } }, // a unit-only removal: viewers may ask it
  '/api/actions': { kind: 'action', metric: 'reach', units: ['sales'], takenAt: '2026-09-15' }, // POST only
};
/** A valid query for each route that needs one (units of the tiny fixture). */
const SAMPLE_QUERY: Record<string, string> = {
  '/api/relationships/timeline': '?providerId=it&departmentId=sales',
  '/api/compare': '?beforeFrom=2026-09-01&beforeTo=2026-10-01&afterFrom=2026-10-01&afterTo=2026-10-31',
  '/api/introductions': '?unit=sales',
  '/api/digest': '?brm=p-dora',
  // The survey network (issue 13 item 4) behind the same roles as the behavioural one.
  '/api/silos': '?network=survey',
  '/api/centrality': '?network=survey',
  '/api/communities': '?network=survey',
  '/api/brokers': '?network=survey',
  '/api/export/graph.gexf': '?network=survey',
  '/api/windows/progress': '?network=survey',
};
/**
 * A path for each route with a path parameter (a person of the tiny fixture; the matrix seeds it again after),
 * and an import job's, set once one has run (beforeAll).
 */
const SAMPLE_PATH: Record<string, string> = {
  '/api/people/{id}': '/api/people/p-ben',
};

let db: Database;
let app: TestApp;
let doc: OpenApi;
beforeAll(async () => {
  db = await connectTestDatabase();
  await seedTiny(db);
  app = await startTestApp(db, { privacy: { minGroupSize: 1 } }); // the tiny org's units are small
  doc = (await (await app.call('/api/openapi.json')).json()) as OpenApi;
  SAMPLE_PATH['/api/import/jobs/{id}'] = await finishedImportJob();
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

/** The path of an import job (an empty bundle sent with ?async=1) once it has ended. */
async function finishedImportJob(): Promise<string> {
  const res = await app.call('/api/import?async=1', { as: 'admin', json: { format: 1 } });
  expect(res.status).toBe(202);
  const location = res.headers.get('location')!;
  for (let polls = 0; polls < 6_000; polls++) {
    const job = (await (await app.call(location, { as: 'admin' })).json()) as { state: string };
    if (job.state !== 'running') return location;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the import job did not end');
}

describe('auth matrix', () => {
  it('gives 401 without a token, 403 below the role, 2xx at or above it, on every documented route', async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(6);
    for (const { path, method, op } of operations) {
      const needed = RANK[op['x-required-role']]!;
      for (const as of CALLERS) {
        const res = await app.call(`${SAMPLE_PATH[path] ?? path}${SAMPLE_QUERY[path] ?? ''}`, {
          as,
          method: method.toUpperCase(),
          json: method === 'get' ? undefined : SAMPLE_BODY[path], // GET /api/actions shares POST's path
        });
        const rank = as === 'none' ? -1 : RANK[as]!;
        const expected = needed < 0 || rank >= needed ? 200 : as === 'none' ? 401 : 403;
        expect(res.status, `${method} ${path} as ${as}`).toBe(expected);
        if (expected !== 200) {
          expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(((await res.json()) as { code: string }).code).toBe(
            expected === 401 ? 'unauthorized' : 'forbidden',
          );
        } else await res.arrayBuffer();
      }
    }
    await seedTiny(db); // the admin's DELETE forgot a person
  });

  it('refuses unknown, malformed and differently-schemed tokens', async () => {
    for (const authorization of [
      'Bearer nope',
      'Bearer ',
      `Basic ${app.tokens.admin}`,
      `bearer  ${app.tokens.admin}`,
    ]) {
      const res = await fetch(`${app.base}/api/cypher/library`, { headers: { authorization } });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });
});

describe('problem+json', () => {
  it('lists every invalid field with path, code and message, and echoes no value', async () => {
    const res = await app.call('/api/cypher', {
      as: 'analyst',
      json: { query: 42, limit: 'lots-of-<script>', parameters: { 'bad key<script>': 1 }, extra: '<img>' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as {
      code: string;
      errors: Array<{ path: string; code: string; message: string }>;
    };
    expect(body).toMatchObject({
      type: expect.any(String),
      title: expect.any(String),
      status: 400,
      code: 'validation_failed',
    });
    const paths = body.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.query', 'body.limit']));
    for (const error of body.errors)
      expect(error).toEqual({
        path: expect.any(String),
        code: expect.any(String),
        message: expect.any(String),
      });
    expect(JSON.stringify(body)).not.toMatch(/<script>|<img>|lots-of/);
  });

  it('answers unknown routes and malformed JSON as problems without stack traces', async () => {
    const missing = await app.call('/api/nowhere', { as: 'admin' });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'not_found' });
    const broken = await app.call('/api/cypher', {
      as: 'analyst',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "RETURN 1", <oops',
    });
    expect(broken.status).toBe(400);
    const text = await broken.text();
    expect(text).not.toMatch(/\bat .*\.(ts|js):\d+|oops/);
  });
});

describe('headers and limits', () => {
  it('sends security headers and a CSP, and no X-Powered-By', async () => {
    const res = await app.call('/api/health');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeTruthy();
  });

  it('refuses a JSON body over the limit with 413', async () => {
    const res = await app.call('/api/cypher', { as: 'analyst', json: { query: 'x'.repeat(300 * 1024) } });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'payload_too_large', status: 413 });
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await app.call('/api/cypher', {
      as: 'analyst',
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'MATCH (n) RETURN n',
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('sends RateLimit headers and 429 with Retry-After past the per-token limit', async () => {
    const limited = await startTestApp(db, { rateLimitPerMinute: 3 });
    try {
      const run = (as: Caller) => limited.call('/api/cypher', { as, json: { query: 'RETURN 1 AS one' } });
      const first = await run('analyst');
      expect(first.status).toBe(200);
      expect(first.headers.get('ratelimit-policy')).toMatch(/q=3/);
      expect(first.headers.get('ratelimit')).toMatch(/r=2/);
      await run('analyst');
      await run('analyst');
      const over = await run('analyst');
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await over.json()).toMatchObject({ code: 'rate_limited', status: 429 });
      expect((await run('admin')).status).toBe(200); // the budget is per token
    } finally {
      await limited.close();
    }
  });
});

describe('OpenAPI', () => {
  it('is OpenAPI 3.1 generated from the route definitions, with schemas for requests and answers', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const cypher = doc.paths['/api/cypher']!.post!;
    expect(cypher['x-required-role']).toBe('analyst');
    const schema = (
      cypher.requestBody as {
        content: Record<string, { schema: { properties: object; required: string[] } }>;
      }
    ).content['application/json']!.schema;
    expect(Object.keys(schema.properties)).toEqual(['query', 'parameters', 'limit']);
    expect(schema.required).toEqual(['query']);
    expect(doc.paths['/api/health']!.get!['x-required-role']).toBe('public');
    const networkRoutes = ['/api/graph', '/api/silos', '/api/centrality', '/api/communities', '/api/brokers'];
    for (const path of [...networkRoutes, '/api/export/graph.graphml', '/api/export/graph.gexf']) {
      const names = doc.paths[path]!.get!.parameters.map((p) => p.name);
      expect(names, path).toContain('network');
    }
    const importOp = doc.paths['/api/import']!.post! as Operation & { responses: Record<string, unknown> };
    expect(importOp.parameters.map((p) => p.name)).toContain('async');
    expect(importOp.responses).toHaveProperty('202.headers.Location');
    const job = doc.paths['/api/import/jobs/{id}']!.get!;
    expect(job['x-required-role']).toBe('admin');
    expect(job.parameters).toContainEqual(expect.objectContaining({ name: 'id', in: 'path' }));
  });
});
