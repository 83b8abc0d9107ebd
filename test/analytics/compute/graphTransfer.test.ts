/**
 * The derived graphs cross threads as columns and come back the same: nodes with their attributes in order, and
 * every edge with its endpoints and attributes in order (keys aside, which graphology makes up anyway).
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphsFrom, portableGraphs, yieldEvery } from '../../../server/analytics/compute/graphTransfer.ts';
import type { DerivedGraphs } from '../../../server/analytics/projection/loadGraphs.ts';

function withoutKeys(graph: UndirectedGraph | DirectedGraph) {
  const { nodes, edges, options } = graph.export();
  return {
    nodes,
    options,
    edges: edges.map(({ source, target, attributes }) => ({ source, target, attributes })),
  };
}

const ties = fc.array(
  fc.tuple(fc.nat(30), fc.nat(30), fc.double({ min: 0.01, max: 10, noNaN: true }), fc.nat(50)),
  {
    maxLength: 120,
  },
);

describe('graph transfer', () => {
  it('rebuilds the person, unit and initiation graphs exactly, attribute by attribute and in order', async () => {
    await fc.assert(
      fc.asyncProperty(ties, async (rows) => {
        const persons = new UndirectedGraph();
        const initiations = new DirectedGraph();
        for (let p = 0; p <= 30; p++) {
          const attributes = {
            name: `P${p}`,
            role: 'staff',
            unit: `u${p % 4}`,
            unitType: 'department',
            unitKind: 'business',
          };
          persons.addNode(`p${p}`, attributes);
          initiations.addNode(`p${p}`, attributes);
        }
        for (const [a, b, weight, engagements] of rows) {
          if (a !== b && !persons.hasEdge(`p${a}`, `p${b}`))
            persons.addEdge(`p${a}`, `p${b}`, { weight, engagements });
          if (a !== b && !initiations.hasEdge(`p${a}`, `p${b}`))
            initiations.addEdge(`p${a}`, `p${b}`, { weight, engagements });
        }
        const units = new UndirectedGraph();
        units.addNode('u0', { name: 'Sales', members: 3, internalWeight: 1.5, parent: undefined });
        const graphs = {
          persons,
          units,
          initiations,
          brmAssignments: [{ personId: 'p1', departmentId: 'u0' }],
        };
        const back = await graphsFrom(
          structuredClone(portableGraphs(graphs as unknown as DerivedGraphs)),
          yieldEvery(0),
        );
        for (const name of ['persons', 'units', 'initiations'] as const) {
          expect(withoutKeys(back[name] as never)).toEqual(withoutKeys(graphs[name]));
        }
        expect(back.brmAssignments).toEqual(graphs.brmAssignments);
      }),
      { seed: 10 },
    );
  });
});
