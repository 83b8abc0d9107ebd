import { describe, expect, it } from 'vitest';
import { edgeColumns } from '../../../server/analytics/graphColumns.ts';
import {
  buildInitiationGraph,
  buildPersonGraph,
  buildUnitGraph,
  initiationColumns,
  personColumns,
  unitColumns,
  type PersonRow,
} from '../../../server/analytics/projection/buildGraphs.ts';
import { graphsOnDemand, initiationTies } from '../../../server/analytics/projection/columnGraphs.ts';
import { portableGraphs, transferables } from '../../../server/analytics/compute/graphTransfer.ts';
import { weightedReciprocity } from '../../../server/analytics/trust/index.ts';
import { resolveWindow } from '../../../server/analytics/window.ts';

const person = (id: string, unit: string): PersonRow => ({
  id,
  name: id,
  role: 'staff',
  unit,
  unitType: unit === 'it' ? 'provider' : 'department',
  unitKind: unit === 'it' ? 'internal' : 'business',
});
const people = [person('a', 'sales'), person('b', 'sales'), person('c', 'it'), person('d', 'hr')];
const units = [
  { id: 'sales', name: 'Sales', type: 'department' as const, kind: 'business' as const },
  { id: 'it', name: 'IT', type: 'provider' as const, kind: 'internal' as const, function: 'IT' },
  { id: 'hr', name: 'HR', type: 'department' as const, kind: 'business' as const },
];

/** Ties with a zero weight and with an unknown person, which the builder leaves out. */
const ties = [
  { a: 'a', b: 'b', weight: 2, engagements: 2 },
  { a: 'c', b: 'a', weight: 0.25, engagements: 1 },
  { a: 'a', b: 'zed', weight: 1, engagements: 1 },
  { a: 'b', b: 'd', weight: 0, engagements: 1 },
  { a: 'd', b: 'c', weight: 1.5, engagements: 3 },
];
const initiations = ties.map(({ a, b, ...tie }) => ({ source: b, target: a, ...tie }));

describe('derived graphs', () => {
  it('sums cross-unit tie weights into unit edges and same-unit ties into internal weight', () => {
    const persons = buildPersonGraph(people, [
      { a: 'a', b: 'b', weight: 2, engagements: 2 },
      { a: 'a', b: 'c', weight: 1, engagements: 1 },
      { a: 'b', b: 'c', weight: 0.5, engagements: 1 },
    ]);
    const graph = buildUnitGraph(units, persons);
    expect(graph.getNodeAttributes('sales')).toMatchObject({ members: 2, internalWeight: 2 });
    expect(graph.getEdgeAttributes('sales', 'it')).toEqual({ weight: 1.5, engagements: 2 });
    expect(graph.getNodeAttributes('hr')).toMatchObject({ members: 1, internalWeight: 0 });
    expect(graph.degree('hr')).toBe(0);
  });

  it('keeps people without ties as isolated nodes and drops ties to unknown people', () => {
    const persons = buildPersonGraph(people, [{ a: 'a', b: 'zz', weight: 1, engagements: 1 }]);
    expect(persons.order).toBe(4);
    expect(persons.size).toBe(0);
  });

  it('hands over edge columns equal to those read from the graph, dropped ties left out', () => {
    const built = [buildPersonGraph(people, ties), buildInitiationGraph(people, initiations)];
    for (const graph of built) {
      const kept = edgeColumns(graph);
      expect(kept).toEqual(edgeColumns(graph.copy())); // a copy has none kept: its columns are read from it
      expect(kept.source.length).toBe(graph.size);
    }
  });
});

describe('graphs on demand', () => {
  const onDemand = () => {
    const persons = personColumns(people, ties);
    return graphsOnDemand({
      persons,
      units: unitColumns(units, persons),
      initiations: initiationColumns(people, initiations),
      brmAssignments: [{ personId: 'c', departmentId: 'sales' }],
    });
  };
  /** Nodes and edges with their attributes, in order; not the edge keys, which graphology makes up. */
  const exported = (graph: { export(): { nodes: unknown[]; edges: Array<{ key?: string }> } }) => {
    const { nodes, edges } = graph.export();
    return JSON.stringify({ nodes, edges: edges.map(({ key: _key, ...edge }) => edge) });
  };

  it('are the graphs the builders make, each built once', () => {
    const graphs = onDemand();
    const persons = buildPersonGraph(people, ties);
    expect(exported(graphs.persons)).toBe(exported(persons));
    expect(exported(graphs.units)).toBe(exported(buildUnitGraph(units, persons)));
    expect(exported(graphs.initiations)).toBe(exported(buildInitiationGraph(people, initiations)));
    expect(graphs.persons).toBe(graphs.persons);
  });

  it("read the initiation ties from their columns, as from the graph's", () => {
    const graphs = onDemand();
    const fromColumns = initiationTies(graphs);
    expect(fromColumns).toEqual(edgeColumns(buildInitiationGraph(people, initiations)));
    expect(weightedReciprocity(fromColumns)).toEqual(weightedReciprocity(edgeColumns(graphs.initiations)));
  });

  it('still build once their columns were handed to another thread, and a spread leaves the initiations out', () => {
    const graphs = onDemand();
    const portable = portableGraphs(graphs);
    structuredClone(portable, { transfer: transferables(portable) }); // detaches what was handed over
    expect(exported(graphs.persons)).toBe(exported(buildPersonGraph(people, ties)));
    expect(exported(graphs.initiations)).toBe(exported(buildInitiationGraph(people, initiations)));
    expect(Object.keys({ ...graphs }).sort()).toEqual(['brmAssignments', 'persons', 'units']);
  });
});

describe('time windows', () => {
  it('takes explicit dates as a half-open window', () => {
    const window = resolveWindow({ from: '2026-01-01', to: '2026-04-01' }, null);
    expect([window.key, window.from.toISOString(), window.to.toISOString()]).toEqual([
      '2026-01-01_2026-04-01',
      '2026-01-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
    ]);
  });
});
