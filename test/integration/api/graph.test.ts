/**
 * GET /api/graph on the s demo org in a real Neo4j: metrics agree with counts taken straight from the stored
 * engagements, pages and filters hold, and the privacy floor keeps viewers from people and small units.
 */
import { describe, expect, it } from 'vitest';
import type { GraphAnswer } from '../../../server/schema/graph.ts';
import type { Caller } from './appHarness.ts';
import { graphAnswer, useDemoApp } from './demoApp.ts';

const demo = useDemoApp('s', 7, { privacy: { minGroupSize: 12 } });

function graph(query: string, as: Caller = 'analyst'): Promise<GraphAnswer> {
  return graphAnswer(demo.app, query, as);
}

/** Distinct people each person shared an engagement with in [from, to), straight from the stored graph. */
async function coParticipants(from: string, to: string): Promise<Map<string, number>> {
  const session = demo.db.session('READ');
  try {
    const result = await session.run(
      `MATCH (p:Person)-[:PARTICIPATED]->(e:Engagement)<-[:PARTICIPATED]-(q:Person)
       WHERE e.at >= datetime($from) AND e.at < datetime($to) AND p <> q
       RETURN p.id AS id, count(DISTINCT q) AS n`,
      { from, to },
    );
    return new Map(result.records.map((r) => [r.get('id') as string, Number(r.get('n'))]));
  } finally {
    await session.close();
  }
}

describe('GET /api/graph', () => {
  it('gives every person of the window with a degree equal to their distinct co-participants', async () => {
    const answer = await graph('level=person&window=90d&limit=20000');
    const expected = await coParticipants(answer.window.from, answer.window.to);
    expect(answer.nodes.length).toBe(answer.page.totalNodes);
    expect(answer.page.truncated).toBe(false);
    for (const node of answer.nodes) expect(node.metrics.degree, node.id).toBe(expected.get(node.id) ?? 0);
    expect(answer.metrics).toEqual(expect.arrayContaining(['degree', 'strength', 'betweenness', 'pagerank']));
    const pagerankSum = answer.nodes.reduce((sum, node) => sum + node.metrics.pagerank!, 0);
    expect(pagerankSum).toBeCloseTo(1, 6);
  });

  it('pages nodes by strength and keeps only the edges inside the page', async () => {
    const all = await graph('level=person&limit=20000');
    const page = await graph('level=person&limit=25&offset=5');
    expect(page.nodes.map((n) => n.id)).toEqual(all.nodes.slice(5, 30).map((n) => n.id));
    expect(page.page).toMatchObject({ offset: 5, limit: 25, totalNodes: all.nodes.length, truncated: true });
    const strengths = page.nodes.map((n) => n.metrics.strength!);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    const ids = new Set(page.nodes.map((n) => n.id));
    for (const edge of page.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('filters by unit kind, unit, role and tie strength', async () => {
    const business = await graph('level=person&unitKinds=business&roles=leader,brm&limit=20000');
    expect(business.nodes.length).toBeGreaterThan(0);
    for (const node of business.nodes) {
      expect(node.unitKind).toBe('business');
      expect(['leader', 'brm']).toContain(node.role);
    }
    const strong = await graph('level=unit&minWeight=1');
    for (const edge of strong.edges) expect(edge.weight).toBeGreaterThanOrEqual(1);
    const one = await graph(`level=person&units=${business.nodes[0]!.unit}&limit=20000`);
    for (const node of one.nodes) expect(node.unit).toBe(business.nodes[0]!.unit);
  });

  it('shows the unit level, with unit ties summing person ties', async () => {
    const units = await graph('level=unit');
    const people = await graph('level=person&limit=20000');
    const unitOf = new Map(people.nodes.map((n) => [n.id, n.unit]));
    const personTies = await graph('level=person&limit=20000');
    const sums = new Map<string, number>();
    for (const edge of personTies.edges) {
      const [a, b] = [unitOf.get(edge.source)!, unitOf.get(edge.target)!].sort();
      if (a !== b) sums.set(`${a}|${b}`, (sums.get(`${a}|${b}`) ?? 0) + edge.weight);
    }
    for (const edge of units.edges) {
      const key = [edge.source, edge.target].sort().join('|');
      expect(edge.weight, key).toBeCloseTo(sums.get(key)!, 9);
    }
  });

  it('refuses the person level to viewers and leaves out units below the privacy floor', async () => {
    const refused = await demo.app.call('/api/graph?level=person', { as: 'viewer' });
    expect(refused.status).toBe(403);
    const viewer = await graph('level=unit', 'viewer');
    const analyst = await graph('level=unit', 'analyst');
    const small = analyst.nodes.filter((n) => n.members! < 12).map((n) => n.id);
    expect(small.length).toBeGreaterThan(0);
    expect(viewer.privacy.suppressedUnits).toBe(small.length);
    expect(viewer.privacy.note).toMatch(/fewer than 12 people/);
    const shown = new Set(viewer.nodes.map((n) => n.id));
    for (const id of small) expect(shown.has(id)).toBe(false);
    for (const edge of viewer.edges) expect(shown.has(edge.source) && shown.has(edge.target)).toBe(true);
    expect(JSON.stringify(viewer)).not.toMatch(/"role"/);
  });

  it('marks the planted isolated department and the broker, with the reasons in words', async () => {
    const units = await graph('level=unit');
    const isolated = units.nodes.find((n) => n.id === demo.truth.isolatedDepartment)!;
    expect(isolated.flags.map((f) => f.flag)).toEqual(['isolated']);
    expect(isolated.flags[0]!.reason).toMatch(/^Isolated: .*has no assigned BRM\.$/);
    const people = await graph('level=person&limit=20000');
    const broker = people.nodes.find((n) => n.id === demo.truth.broker.personId)!;
    const it = units.nodes.find((n) => n.id === demo.truth.itProviderId)!;
    expect(broker.flags[0]!.flag).toBe('single-point-of-failure');
    expect(broker.flags[0]!.reason).toContain(it.label);
    expect(broker.metrics.constraint).toBeGreaterThan(0);
    expect(people.nodes.every((n) => n.community !== null)).toBe(true);
  });

  it('answers a repeated query from its cache: same bytes and ETag, gzip when asked, 304 when known', async () => {
    const first = await demo.app.call('/api/graph?level=unit&window=60d', { as: 'viewer' });
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const second = await demo.app.call('/api/graph?level=unit&window=60d', { as: 'viewer' });
    expect(second.headers.get('etag')).toBe(etag);
    expect(await second.text()).toBe(await first.text());
    const revalidated = await demo.app.call('/api/graph?level=unit&window=60d', {
      as: 'viewer',
      headers: { 'if-none-match': etag },
    });
    expect(revalidated.status).toBe(304);
    const analyst = await demo.app.call('/api/graph?level=unit&window=60d', { as: 'analyst' });
    expect(analyst.headers.get('etag')).not.toBe(etag); // per role: viewers may see less
  });

  it('takes an explicit window and rejects one with a missing or reversed end', async () => {
    const explicit = await graph('level=unit&from=2026-01-01&to=2026-04-01');
    expect(explicit.window).toMatchObject({ key: '2026-01-01_2026-04-01' });
    for (const bad of ['from=2026-01-01', 'from=2026-04-01&to=2026-01-01', 'window=ninety']) {
      const response = await demo.app.call(`/api/graph?${bad}`, { as: 'viewer' });
      expect(response.status, bad).toBe(400);
    }
  });
});
