import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgesCsv, nodesCsv } from '../../server/export/csv.ts';
import { exportFileName, exportGraphOf } from '../../server/export/fromGraphAnswer.ts';
import { graphAnswer, type GraphAnswer, type GraphNode } from '../../server/schema/graph.ts';

const WINDOW = { key: '90d', from: '2026-07-03T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' };

function answerOf(nodes: GraphNode[], edges: GraphAnswer['edges'], level: 'unit' | 'person' = 'person') {
  return graphAnswer.parse({
    level,
    window: WINDOW,
    nodes,
    edges,
    page: { offset: 0, limit: 100, totalNodes: nodes.length, truncated: false },
    metrics: ['degree', 'betweenness'],
    privacy: { minGroupSize: 5, suppressedUnits: 0 },
  });
}

const SALES = { unit: 'sales', unitName: 'Sales', unitType: 'department', unitKind: 'business' } as const;

function person(id: string, metrics: Record<string, number | null>, flags: string[] = []): GraphNode {
  return {
    id,
    label: `Name of ${id}`,
    ...SALES,
    role: 'staff',
    community: 2,
    metrics,
    flags: flags.map((flag) => ({ flag, reason: `because ${flag}` })),
  };
}

describe('exportGraphOf', () => {
  it('keeps every node with its fields and metrics as flat attributes', () => {
    const answer = answerOf(
      [
        person('p-1', { degree: 2, betweenness: 0.5 }, ['single-point-of-failure', 'broker']),
        person('p-2', { degree: 1, betweenness: null }),
      ],
      [{ source: 'p-1', target: 'p-2', weight: 1.5, engagements: 3 }],
    );
    const graph = exportGraphOf(answer);
    expect(graph.type).toBe('undirected');
    expect(graph.getNodeAttributes('p-1')).toEqual({
      label: 'Name of p-1',
      ...SALES,
      role: 'staff',
      community: 2,
      flags: 'single-point-of-failure|broker',
      degree: 2,
      betweenness: 0.5,
    });
    expect(graph.getNodeAttribute('p-2', 'betweenness')).toBeNull();
    expect(graph.getNodeAttribute('p-2', 'flags')).toBe('');
    expect(graph.getEdgeAttributes('p-1', 'p-2')).toEqual({ weight: 1.5, engagements: 3 });
  });

  it('writes unit members and relationship stages, and prefixes a metric named like a field', () => {
    const unit: GraphNode = {
      ...person('sales', { label: 7, degree: 1 }),
      role: undefined,
      members: 12,
      community: null,
    };
    const provider: GraphNode = { ...unit, id: 'prov-it', unitType: 'provider', unitKind: 'internal' };
    const graph = exportGraphOf(
      answerOf(
        [unit, provider],
        [{ source: 'sales', target: 'prov-it', weight: 4, engagements: 9, stage: 'growing' }],
        'unit',
      ),
    );
    expect(graph.getNodeAttributes('sales')).toMatchObject({
      members: 12,
      metric_label: 7,
      label: 'Name of sales',
    });
    expect(graph.getNodeAttributes('sales')).not.toHaveProperty('role');
    expect(graph.getEdgeAttributes('sales', 'prov-it')).toEqual({
      weight: 4,
      engagements: 9,
      stage: 'growing',
    });
  });

  it('leaves out an edge that reaches past the page', () => {
    const graph = exportGraphOf(
      answerOf([person('p-1', {})], [{ source: 'p-1', target: 'p-elsewhere', weight: 1, engagements: 1 }]),
    );
    expect(graph.size).toBe(0);
  });

  it('gives one node and one edge per node and edge of any answer, and CSV rows to match', () => {
    const answers = fc
      .record({
        count: fc.integer({ min: 1, max: 15 }),
        scores: fc.array(fc.option(fc.double({ min: 0, max: 1e3, noNaN: true }), { nil: null }), {
          minLength: 15,
          maxLength: 15,
        }),
        pairs: fc.uniqueArray(fc.tuple(fc.nat(14), fc.nat(14)), {
          maxLength: 40,
          selector: ([a, b]) => (a < b ? `${a}-${b}` : `${b}-${a}`),
        }),
      })
      .map(({ count, scores, pairs }) =>
        answerOf(
          Array.from({ length: count }, (_, i) => person(`p-${i}`, { degree: i, score: scores[i]! })),
          pairs
            .filter(([a, b]) => a !== b && a < count && b < count)
            .map(([a, b]) => ({ source: `p-${a}`, target: `p-${b}`, weight: a + b, engagements: 1 })),
        ),
      );
    fc.assert(
      fc.property(answers, (answer) => {
        const graph = exportGraphOf(answer);
        expect(graph.order).toBe(answer.nodes.length);
        expect(graph.size).toBe(answer.edges.length);
        for (const node of answer.nodes)
          expect(graph.getNodeAttribute(node.id, 'score')).toBe(node.metrics.score);
        const nodes = parse(nodesCsv(graph), { columns: true }) as Array<Record<string, string>>;
        const edges = parse(edgesCsv(graph), { columns: true }) as Array<Record<string, string>>;
        expect(nodes.map((row) => row.id)).toEqual(answer.nodes.map((node) => node.id));
        expect(edges.map((row) => `${row.source}|${row.target}|${row.weight}`)).toEqual(
          answer.edges.map((edge) => `${edge.source}|${edge.target}|${edge.weight}`),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('exportFileName', () => {
  it('names the level, the window and what the file holds', () => {
    const answer = answerOf([], []);
    expect(exportFileName(answer, 'graphml')).toBe('trellis-person-2026-07-03-to-2026-10-01.graphml');
    expect(exportFileName(answer, 'gexf')).toBe('trellis-person-2026-07-03-to-2026-10-01.gexf');
    expect(exportFileName(answer, 'nodes.csv')).toBe('trellis-person-nodes-2026-07-03-to-2026-10-01.csv');
    expect(exportFileName({ ...answer, level: 'unit' }, 'edges.csv')).toBe(
      'trellis-unit-edges-2026-07-03-to-2026-10-01.csv',
    );
  });

  it('says survey for the survey network, and nothing more for the behavioural one', () => {
    const answer = answerOf([], []);
    expect(exportFileName({ ...answer, network: 'survey' }, 'gexf')).toBe(
      'trellis-survey-person-2026-07-03-to-2026-10-01.gexf',
    );
    expect(exportFileName({ ...answer, network: 'survey', level: 'unit' }, 'nodes.csv')).toBe(
      'trellis-survey-unit-nodes-2026-07-03-to-2026-10-01.csv',
    );
    expect(exportFileName({ ...answer, network: 'behaviour' }, 'graphml')).toBe(
      'trellis-person-2026-07-03-to-2026-10-01.graphml',
    );
  });
});
