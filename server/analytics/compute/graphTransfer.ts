/**
 * The derived graphs across a thread boundary. graphology graphs are class instances, which structured clone
 * turns into plain objects, and graphology's own serialisation (one object per edge) takes the HTTP thread
 * hundreds of milliseconds to receive and import for an `m` window. So edges cross as columns
 * (projection/columnGraphs.ts): endpoints as node indices and every all-numeric attribute in typed arrays
 * (transferred, not copied), and the HTTP thread rebuilds the graph in slices, yielding to the event loop
 * between them. Node and edge order are kept.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import {
  addEdges,
  emptyGraph,
  graphsOnDemand,
  keptColumns,
  portableOf,
  type PortableGraph,
  type PortableGraphs,
} from '../projection/columnGraphs.ts';
import type { DerivedGraphs } from '../projection/loadGraphs.ts';

/** The one graph API the transfer uses, whatever the node attributes. */
type Graph = AbstractGraph<Attributes, Attributes>;

export type { PortableGraph, PortableGraphs };

/** Edges added between two calls of the pause (which yields when its time slice is spent, see yieldEvery). */
const EDGES_PER_SLICE = 512;

/**
 * The graphs as columns: copies of the columns they were built from (graphsOnDemand), which their thread may
 * still build from once these are transferred; else made from the graphs.
 */
export function portableGraphs(graphs: DerivedGraphs): PortableGraphs {
  const kept = keptColumns(graphs);
  if (kept)
    return {
      persons: copyOf(kept.persons),
      units: copyOf(kept.units),
      initiations: copyOf(kept.initiations),
      brmAssignments: graphs.brmAssignments,
    };
  return {
    persons: portableOf(graphs.persons as unknown as Graph),
    units: portableOf(graphs.units as unknown as Graph),
    initiations: portableOf(graphs.initiations as unknown as Graph),
    brmAssignments: graphs.brmAssignments,
  };
}

/** The typed arrays copied (they are what moves), the rest shared until the message copies it. */
function copyOf(portable: PortableGraph): PortableGraph {
  const edgeColumns = Object.fromEntries(
    Object.entries(portable.edgeColumns).map(([name, column]) => [name, column.slice()]),
  );
  return { ...portable, sources: portable.sources.slice(), targets: portable.targets.slice(), edgeColumns };
}

/** The typed arrays of a portable set of graphs, to transfer instead of copy. */
export function transferables(portable: PortableGraphs): ArrayBuffer[] {
  return [portable.persons, portable.units, portable.initiations].flatMap((graph) => [
    graph.sources.buffer as ArrayBuffer,
    graph.targets.buffer as ArrayBuffer,
    ...Object.values(graph.edgeColumns)
      .filter((column): column is Float64Array => column instanceof Float64Array)
      .map((column) => column.buffer as ArrayBuffer),
  ]);
}

/**
 * The graphs again; `pause` is called between slices of edges (on the HTTP thread: yieldEvery). The initiation
 * graph is built on its first read, whole (graphsOnDemand): only the brokerage roles read it (in a compute thread,
 * where a block is harmless), no view on the HTTP thread does, so that thread is spared its edges (62,000 for `l`)
 * and the heap they hold.
 */
export async function graphsFrom(
  portable: PortableGraphs,
  pause: () => Promise<void> = async () => {},
): Promise<DerivedGraphs> {
  const persons = await graphFrom(portable.persons, pause);
  const units = await graphFrom(portable.units, pause);
  return graphsOnDemand(portable, { persons, units });
}

async function graphFrom(portable: PortableGraph, pause: () => Promise<void>): Promise<Graph> {
  const graph = emptyGraph(portable);
  for (let from = 0; from < portable.sources.length; from += EDGES_PER_SLICE) {
    addEdges(graph, portable, from, Math.min(from + EDGES_PER_SLICE, portable.sources.length));
    await pause();
  }
  if (portable.sources.length === 0) await pause();
  return graph;
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A pause for work cut in slices on the HTTP thread: it yields to the event loop once `sliceMs` have passed since
 * the last turn, and is a no-op before. A turn per slice of a few milliseconds keeps health and cached answers
 * waiting at most that long, without paying a turn (a few tens of microseconds) per chunk of a large family.
 */
export function yieldEvery(sliceMs: number): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await yieldToEventLoop();
    since = performance.now();
  };
}
