/**
 * The derived graphs across a thread boundary. graphology graphs are class instances, which structured clone
 * turns into plain objects; they cross as graphology's own serialisation (export/import) instead, and the
 * main side yields to the event loop between the three graphs so that rebuilding them never holds it for long.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { BrmAssignment, InitiationGraph, PersonGraph, UnitGraph } from '../graphs.ts';
import type { DerivedGraphs } from '../projection/loadGraphs.ts';

export interface PortableGraphs {
  persons: SerializedGraph;
  units: SerializedGraph;
  initiations: SerializedGraph;
  brmAssignments: BrmAssignment[];
}

export function portableGraphs(graphs: DerivedGraphs): PortableGraphs {
  return {
    persons: graphs.persons.export(),
    units: graphs.units.export(),
    initiations: graphs.initiations.export(),
    brmAssignments: graphs.brmAssignments,
  };
}

/** Synchronous: for the worker, whose event loop serves nobody else. */
export function graphsFrom(portable: PortableGraphs): DerivedGraphs {
  return {
    persons: UndirectedGraph.from(portable.persons) as PersonGraph,
    units: UndirectedGraph.from(portable.units) as UnitGraph,
    initiations: DirectedGraph.from(portable.initiations) as InitiationGraph,
    brmAssignments: portable.brmAssignments,
  };
}

/** For the HTTP thread: one graph per turn of the event loop. */
export async function graphsFromYielding(portable: PortableGraphs): Promise<DerivedGraphs> {
  const persons = UndirectedGraph.from(portable.persons) as PersonGraph;
  await yieldToEventLoop();
  const units = UndirectedGraph.from(portable.units) as UnitGraph;
  await yieldToEventLoop();
  const initiations = DirectedGraph.from(portable.initiations) as InitiationGraph;
  return { persons, units, initiations, brmAssignments: portable.brmAssignments };
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
