/**
 * The analyst's console on the s demo org (seed 2): every library query, run through POST /api/cypher with
 * nothing but its defaults, answers rows; the declining-relationships query lists exactly what the
 * relationships dashboard calls declining, whatever the window's length; a syntax error answers Neo4j's own
 * reason beside its position, without the query's names.
 */
import { describe, expect, it } from 'vitest';
import type { LibraryQuery } from '../../../server/schema/api.ts';
import type { RelationshipRow } from '../../../server/schema/relationships.ts';
import { consoleQuery } from './appHarness.ts';
import { useDemoApp } from './demoApp.ts';

// the library's heavier queries need more than the default 10 s on a busy machine
const demo = useDemoApp('s', 2, { console: { timeoutMs: 60_000, maxRows: 1_000, planGate: true } });

async function library(): Promise<LibraryQuery[]> {
  const response = await demo.app.call('/api/cypher/library', { as: 'analyst' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { queries: LibraryQuery[] }).queries;
}

const defaultsOf = (query: LibraryQuery) =>
  Object.fromEntries(query.parameters.map((p) => [p.name, p.default]));

async function runWithDefaults(query: LibraryQuery) {
  const { status, body } = await consoleQuery(demo.app, query.text, { parameters: defaultsOf(query) });
  expect(status, `${query.name}: ${JSON.stringify(body)}`).toBe(200);
  return body as { columns: string[]; rows: unknown[][] };
}

describe('the query library on the demo org', () => {
  it('gives every parameter a default', async () => {
    for (const query of await library())
      for (const parameter of query.parameters)
        expect(parameter.default, `${query.name}.${parameter.name}`).toBeDefined();
  });

  it('answers rows for every library query run with its defaults', async () => {
    const queries = await library();
    expect(queries.length).toBeGreaterThanOrEqual(8);
    for (const query of queries) {
      const answer = await runWithDefaults(query);
      expect(answer.rows.length, `${query.name} answered no row`).toBeGreaterThan(0);
    }
  });

  it('lists as declining exactly what the dashboard calls declining, the planted one among them', async () => {
    const query = (await library()).find((q) => q.name === 'decliningRelationships')!;
    const answer = await runWithDefaults(query);
    const [provider, department] = ['providerId', 'departmentId'].map((c) => answer.columns.indexOf(c));
    const listed = answer.rows.map((row) => `${String(row[provider!])}→${String(row[department!])}`).sort();
    for (const days of [30, 90, 365]) {
      const response = await demo.app.call(`/api/relationships?window=${days}d`, { as: 'analyst' });
      const { relationships } = (await response.json()) as { relationships: RelationshipRow[] };
      const declining = relationships
        .filter((r) => r.stage?.stage === 'declining')
        .map((r) => `${r.providerId}→${r.departmentId}`)
        .sort();
      expect(listed, `${days} days`).toEqual(declining);
    }
    const planted = demo.truth.decliningRelationship;
    expect(listed).toContain(`${planted.providerId}→${planted.departmentId}`);
  });
});

describe('an error in the query text', () => {
  it.each([
    ['MATCH (n RETURN secretName', /line 1, column 10\)\. Neo4j says: Invalid input 'RETURN': expected/],
    ['MATCH (n) RETURN secretName', /line 1, column 18\)\. Neo4j says: Variable `…` not defined\./],
  ])('%s: 400 with the position and Neo4j’s reason, the name masked', async (query, detail) => {
    const { status, body } = await consoleQuery(demo.app, query);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'query_invalid' });
    expect(body.detail).toMatch(detail);
    expect(JSON.stringify(body)).not.toContain('secretName');
  });
});
