/**
 * The derived graphs across a thread boundary. graphology graphs are class instances, which structured clone
 * turns into plain objects, and graphology's own serialisation (one object per edge) takes the HTTP thread
 * hundreds of milliseconds to receive and import for an `m` window. So edges cross as columns: endpoints as
 * node indices and every all-numeric attribute in typed arrays (transferred, not copied), and the HTTP thread
 * rebuilds the graph in slices, yielding to the event loop between them. Node and edge order are kept.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { BrmAssignment, InitiationGraph, PersonGraph, UnitGraph } from '../graphs.ts';
import { prepareAdjacency } from '../projection/adjacency.ts';
import type { DerivedGraphs } from '../projection/loadGraphs.ts';

type AnyGraph = PersonGraph | UnitGraph | InitiationGraph;
/** The one graph API the transfer uses, whatever the node attributes. */
type Graph = AbstractGraph<Attributes, Attributes>;

export interface PortableGraph {
  type: 'directed' | 'undirected';
  nodes: string[];
  nodeAttributes: Attributes[];
  sources: Int32Array;
  targets: Int32Array;
  /** Edge attribute → value per edge: a Float64Array when every value is a number. */
  edgeColumns: Record<string, Float64Array | unknown[]>;
}

export interface PortableGraphs {
  persons: PortableGraph;
  units: PortableGraph;
  initiations: PortableGraph;
  brmAssignments: BrmAssignment[];
}

/** Edges added between two calls of the pause (which yields when its time slice is spent, see yieldEvery). */
const EDGES_PER_SLICE = 512;

export function portableGraphs(graphs: DerivedGraphs): PortableGraphs {
  return {
    persons: portableGraph(graphs.persons as unknown as Graph),
    units: portableGraph(graphs.units as unknown as Graph),
    initiations: portableGraph(graphs.initiations as unknown as Graph),
    brmAssignments: graphs.brmAssignments,
  };
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
 * graph is built on its first read, whole: only the brokerage roles read it (in a compute thread, where a block
 * is harmless), no view on the HTTP thread does, so that thread is spared its edges (62,000 for `l`) and the heap
 * they hold. Its property is not enumerable, so a spread of the graphs (a what-if's, which sends an empty one)
 * does not build it either.
 */
export async function graphsFrom(
  portable: PortableGraphs,
  pause: () => Promise<void> = async () => {},
): Promise<DerivedGraphs> {
  const graphs = {
    persons: (await graphFrom(portable.persons, pause)) as PersonGraph,
    units: (await graphFrom(portable.units, pause)) as UnitGraph,
    brmAssignments: portable.brmAssignments,
  } as DerivedGraphs;
  let initiations: InitiationGraph | undefined;
  Object.defineProperty(graphs, 'initiations', {
    enumerable: false,
    get: () => (initiations ??= graphFromSync(portable.initiations) as InitiationGraph),
  });
  return graphs;
}

function portableGraph(graph: Graph): PortableGraph {
  const index = new Map<string, number>();
  const nodes: string[] = [];
  const nodeAttributes: Attributes[] = [];
  graph.forEachNode((node, attributes) => {
    index.set(node, nodes.length);
    nodes.push(node);
    nodeAttributes.push(attributes);
  });
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const columns: Record<string, unknown[]> = {};
  let i = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    sources[i] = index.get(source)!;
    targets[i] = index.get(target)!;
    // for…in, not Object.entries: no array per edge and attribute (180,000 edges for `l`)
    for (const name in attributes) (columns[name] ??= new Array(graph.size))[i] = attributes[name];
    i++;
  });
  const edgeColumns: PortableGraph['edgeColumns'] = {};
  for (const [name, values] of Object.entries(columns)) {
    const numeric = values.length === graph.size && values.every((value) => typeof value === 'number');
    edgeColumns[name] = numeric ? Float64Array.from(values as number[]) : values;
  }
  return {
    type: graph.type === 'directed' ? 'directed' : 'undirected',
    nodes,
    nodeAttributes,
    sources,
    targets,
    edgeColumns,
  };
}

async function graphFrom(portable: PortableGraph, pause: () => Promise<void>): Promise<AnyGraph> {
  const graph = emptyGraph(portable);
  for (let from = 0; from < portable.sources.length; from += EDGES_PER_SLICE) {
    addEdges(graph, portable, from, Math.min(from + EDGES_PER_SLICE, portable.sources.length));
    await pause();
  }
  if (portable.sources.length === 0) await pause();
  return graph as AnyGraph;
}

function graphFromSync(portable: PortableGraph): AnyGraph {
  const graph = emptyGraph(portable);
  addEdges(graph, portable, 0, portable.sources.length);
  return graph as AnyGraph;
}

function emptyGraph(portable: PortableGraph): Graph {
  const graph = portable.type === 'directed' ? new DirectedGraph() : new UndirectedGraph();
  portable.nodes.forEach((node, i) => graph.addNode(node, portable.nodeAttributes[i]));
  prepareAdjacency(graph);
  return graph;
}

function addEdges(graph: Graph, portable: PortableGraph, from: number, to: number): void {
  const columns = Object.entries(portable.edgeColumns);
  for (let i = from; i < to; i++) {
    const attributes: Attributes = {};
    for (const [name, column] of columns) if (column[i] !== undefined) attributes[name] = column[i];
    graph.addEdge(portable.nodes[portable.sources[i]!]!, portable.nodes[portable.targets[i]!]!, attributes);
  }
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
