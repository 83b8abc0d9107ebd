/**
 * The export routes on the s demo org in a real Neo4j: each file parses with an independent reader and holds
 * exactly the nodes and edges of the explorer's graph answer for the same query and caller.
 */
import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import type { GraphAnswer } from '../../../server/schema/graph.ts';
import type { Caller } from './appHarness.ts';
import { graphAnswer, useDemoApp } from './demoApp.ts';

const demo = useDemoApp('s', 7, { privacy: { minGroupSize: 12 } });
const graph = (query: string, as: Caller) => graphAnswer(demo.app, query, as);

async function exported(file: string, query: string, as: Caller = 'analyst') {
  const res = await demo.app.call(`/api/export/${file}?${query}`, { as });
  expect(res.status, await res.clone().text()).toBe(200);
  return { text: await res.text(), headers: res.headers };
}

const pairKey = (a: string, b: string) => [a, b].sort().join('|');
const edgeKeys = (answer: GraphAnswer) => answer.edges.map((e) => pairKey(e.source, e.target)).sort();

describe('export', () => {
  it('writes GraphML that an XML parser reads back with the nodes, edges and metrics of the graph', async () => {
    const query = 'level=person&window=180d&limit=20000';
    const answer = await graph(query, 'analyst');
    expect(answer.edges.length).toBeGreaterThan(0);
    const { text, headers } = await exported('graph.graphml', query);
    expect(headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(headers.get('content-disposition')).toMatch(
      /^attachment; filename="?trellis-person-\d{4}-\d\d-\d\d-to-/,
    );
    const xml = new DOMParser().parseFromString(text, 'application/xml');
    const keys = Object.fromEntries(
      Array.from(xml.getElementsByTagName('key')).map((k) => [
        k.getAttribute('id'),
        k.getAttribute('attr.name'),
      ]),
    );
    const nodes = Array.from(xml.getElementsByTagName('node'));
    expect(nodes.map((n) => n.getAttribute('id')).sort()).toEqual(answer.nodes.map((n) => n.id).sort());
    const edges = Array.from(xml.getElementsByTagName('edge'));
    expect(edges.map((e) => pairKey(e.getAttribute('source')!, e.getAttribute('target')!)).sort()).toEqual(
      edgeKeys(answer),
    );
    const byId = new Map(answer.nodes.map((n) => [n.id, n]));
    for (const node of nodes.slice(0, 50)) {
      const data = Object.fromEntries(
        Array.from(node.getElementsByTagName('data')).map((d) => [
          keys[d.getAttribute('key')!],
          d.textContent,
        ]),
      );
      const expected = byId.get(node.getAttribute('id')!)!;
      expect(data.label).toBe(expected.label);
      expect(Number(data.degree)).toBe(expected.metrics.degree);
      expect(Number(data.betweenness)).toBe(expected.metrics.betweenness);
    }
  });

  it('writes GEXF that graphology-gexf (as Gephi) reads back with the same graph', async () => {
    const query = 'level=unit';
    const answer = await graph(query, 'viewer');
    const { text, headers } = await exported('graph.gexf', query, 'viewer');
    expect(headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
    const parsed = gexf.parse(MultiGraph, text);
    expect(parsed.order).toBe(answer.nodes.length);
    expect(parsed.size).toBe(answer.edges.length);
    for (const node of answer.nodes) {
      expect(parsed.getNodeAttributes(node.id)).toMatchObject({
        label: node.label,
        unitKind: node.unitKind,
        members: node.members,
        strength: node.metrics.strength,
      });
    }
    const weights = parsed.mapEdges((_e, a, s, t) => `${pairKey(s, t)}=${a.weight}`).sort();
    expect(weights).toEqual(answer.edges.map((e) => `${pairKey(e.source, e.target)}=${e.weight}`).sort());
  });

  it('writes CSV of nodes and of edges: a header and one row per node or edge', async () => {
    const query = 'level=person&unitKinds=business&limit=20000';
    const answer = await graph(query, 'analyst');
    expect(answer.edges.length).toBeGreaterThan(0);
    const nodes = parse((await exported('nodes.csv', query)).text, { columns: true }) as Array<
      Record<string, string>
    >;
    expect(nodes.map((row) => row.id)).toEqual(answer.nodes.map((n) => n.id));
    expect(Object.keys(nodes[0]!)).toEqual(
      expect.arrayContaining(['id', 'label', 'unit', ...answer.metrics]),
    );
    nodes.forEach((row, i) => expect(Number(row.strength)).toBe(answer.nodes[i]!.metrics.strength));
    const edgesFile = await exported('edges.csv', query);
    expect(edgesFile.headers.get('content-disposition')).toMatch(
      /filename="?trellis-person-edges-.*\.csv"?$/,
    );
    const edges = parse(edgesFile.text, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(edges[0]!).slice(0, 3)).toEqual(['source', 'target', 'weight']);
    expect(edges.map((row) => `${pairKey(row.source!, row.target!)}=${row.weight}`).sort()).toEqual(
      answer.edges.map((e) => `${pairKey(e.source, e.target)}=${e.weight}`).sort(),
    );
  });

  it('exports what the caller may see: a viewer gets no person level and no unit below the floor', async () => {
    for (const file of ['graph.graphml', 'graph.gexf', 'nodes.csv', 'edges.csv']) {
      const refused = await demo.app.call(`/api/export/${file}?level=person`, { as: 'viewer' });
      expect(refused.status, file).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'forbidden' });
      expect((await demo.app.call(`/api/export/${file}`)).status).toBe(401);
    }
    const viewer = await graph('level=unit', 'viewer');
    const analyst = await graph('level=unit', 'analyst');
    expect(viewer.nodes.length).toBeLessThan(analyst.nodes.length);
    const rows = parse((await exported('nodes.csv', 'level=unit', 'viewer')).text, {
      columns: true,
    }) as Array<Record<string, string>>;
    expect(rows.map((row) => row.id)).toEqual(viewer.nodes.map((n) => n.id));
  });

  it('says when the page is cut, and rejects the queries the graph rejects', async () => {
    const { headers } = await exported('nodes.csv', 'level=person&limit=10');
    expect(headers.get('trellis-truncated')).toBe('true');
    expect(Number(headers.get('trellis-total-nodes'))).toBeGreaterThan(10);
    const bad = await demo.app.call('/api/export/graph.gexf?from=2026-04-01&to=2026-01-01', {
      as: 'analyst',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'validation_failed' });
  });
});
