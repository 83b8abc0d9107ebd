/**
 * Requests built to break the frame get a clear 4xx problem, never a 500: console parameters nested thousands
 * deep, nested query keys, a body that is not what its Content-Encoding says or an encoding nobody knows. A 404
 * does not repeat what the caller asked for, and person-level answers are never stored by a cache.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../../../server/api/validate.ts';
import { useTinyApp } from './seed.ts';

const tiny = useTinyApp();

function nested(depth: number, wrap: (inner: string) => string): string {
  let value = '1';
  for (let i = 0; i < depth; i += 1) value = wrap(value);
  return value;
}

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return (await res.json()) as { status: number; code: string; errors?: Array<{ code: string }> };
}

const consoleBody = (parameter: string) => `{"query":"RETURN $a AS a","parameters":{"a":${parameter}}}`;
const postConsole = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
  tiny.app.call('/api/cypher', {
    as: 'analyst',
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('hostile requests', () => {
  it('answers 400 to console parameters nested 2,000 and 20,000 deep, objects or lists', async () => {
    for (const depth of [2_000, 20_000]) {
      for (const wrap of [(v: string) => `{"a":${v}}`, (v: string) => `[${v}]`]) {
        const res = await postConsole(consoleBody(nested(depth, wrap)));
        expect(res.status).toBe(400);
        expect(await problem(res)).toMatchObject({
          code: 'validation_failed',
          errors: [{ code: 'too_deep' }],
        });
      }
    }
    const shallow = await postConsole(consoleBody(nested(MAX_NESTING - 2, (v) => `{"a":${v}}`)));
    expect(shallow.status).toBe(200);
  });

  it('never answers 5xx to query keys nested 2,000 deep', async () => {
    const key = `a${'[b]'.repeat(2_000)}`;
    for (const route of ['/api/silos', '/api/graph', '/api/export/nodes.csv', '/api/cypher/library']) {
      const res = await tiny.app.call(`${route}?${key}=1`, { as: 'analyst' });
      expect(res.status, route).toBeLessThan(500);
    }
  });

  it('answers 400 to a plain body sent as gzip, deflate or br, 415 to an unknown encoding, and takes real gzip', async () => {
    const plain = consoleBody('1');
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const res = await postConsole(plain, { 'content-encoding': encoding });
      expect(res.status, encoding).toBe(400);
      expect(await problem(res)).toMatchObject({ code: 'validation_failed' });
    }
    const unknown = await postConsole(plain, { 'content-encoding': 'x-squeeze' });
    expect(unknown.status).toBe(415);
    expect(await problem(unknown)).toMatchObject({ code: 'unsupported_media_type' });
    const truncated = new Uint8Array(gzipSync(plain).subarray(0, 12));
    expect((await postConsole(truncated, { 'content-encoding': 'gzip' })).status).toBe(400);
    const real = await postConsole(new Uint8Array(gzipSync(plain)), { 'content-encoding': 'gzip' });
    expect(real.status).toBe(200);
  });

  it('does not echo the units asked for in the timeline’s 404', async () => {
    const res = await tiny.app.call('/api/relationships/timeline?providerId=zq-probe-41&departmentId=sales', {
      as: 'viewer',
    });
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).not.toContain('zq-probe-41');
    expect(text).not.toContain('sales');
  });

  it('marks every person-level answer no-store, and leaves unit-level answers cacheable', async () => {
    const personLevel = [
      '/api/graph?level=person',
      '/api/centrality?level=person',
      '/api/brokers',
      '/api/micro?level=dyad',
      '/api/export/nodes.csv?level=person',
      '/api/export/graph.graphml?level=person',
    ];
    for (const route of personLevel) {
      const res = await tiny.app.call(route, { as: 'analyst' });
      expect(res.status, route).toBe(200);
      expect(res.headers.get('cache-control'), route).toBe('no-store');
    }
    const consoleAnswer = await postConsole(consoleBody('1'));
    expect(consoleAnswer.status).toBe(200);
    expect(consoleAnswer.headers.get('cache-control')).toBe('no-store');
    for (const route of ['/api/graph', '/api/silos', '/api/micro']) {
      const res = await tiny.app.call(route, { as: 'analyst' });
      expect(res.status, route).toBe(200);
      expect(res.headers.get('cache-control') ?? '', route).not.toContain('no-store');
      expect(res.headers.get('etag'), route).toBeTruthy();
    }
  });
});
