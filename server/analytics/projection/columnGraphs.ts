/**
 * The derived graphs as columns: nodes with their attributes in order, each edge's ends as node numbers and its
 * all-numeric attributes in typed arrays. The projection builds a window's graphs so (buildGraphs.ts), a compute
 * thread hands them to the HTTP thread so (compute/graphTransfer.ts), and the graphology graphs that the metrics
 * and views read are built from them on their first read (graphsOnDemand): the base family reads only the
 * initiation graph's columns, and the brokerage roles are the only readers of its graphology form, so a window
 * answered without them never builds it (62,000 edges for `l`); nor does handing the graphs over pass over a
 * graphology graph. Built graphs are the same as adding the nodes, then the edges, in column order.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { BrmAssignment, DerivedGraphs } from '../graphs.ts';
import { edgeColumns, keepEdgeColumns, type EdgeColumns } from '../graphColumns.ts';
import { prepareAdjacency } from './adjacency.ts';

/** The one graph API the columns use, whatever the node attributes. */
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

const columnsOfGraphs = new WeakMap<DerivedGraphs, PortableGraphs>();

type GraphName = 'persons' | 'units' | 'initiations';

/**
 * The graphs of `portable`, each built on its first read and kept (or given `built` already). The initiation
 * graph's property is not enumerable, so a spread of the graphs (a what-if's, which sends an empty one) does not
 * build it.
 */
export function graphsOnDemand(
  portable: PortableGraphs,
  built: Partial<Record<GraphName, Graph>> = {},
): DerivedGraphs {
  const graphs = { brmAssignments: portable.brmAssignments } as DerivedGraphs;
  for (const name of ['persons', 'units', 'initiations'] as const)
    Object.defineProperty(graphs, name, {
      enumerable: name !== 'initiations',
      get: () => (built[name] ??= graphOf(portable[name])),
    });
  columnsOfGraphs.set(graphs, portable);
  return graphs;
}

/** The columns graphs made on demand were made of; undefined for graphs built otherwise. */
export function keptColumns(graphs: DerivedGraphs): PortableGraphs | undefined {
  return columnsOfGraphs.get(graphs);
}

/** The initiation graph's ties as the metrics read them, without building its graphology form when kept. */
export function initiationTies(graphs: DerivedGraphs): EdgeColumns {
  const kept = keptColumns(graphs)?.initiations;
  const weight = kept?.edgeColumns.weight;
  if (!kept || !(weight instanceof Float64Array)) return edgeColumns(graphs.initiations as unknown as Graph);
  return { nodes: kept.nodes, source: kept.sources, target: kept.targets, weight };
}

/** A graph's columns, made in one pass over its nodes and edges. */
export function portableOf(graph: Graph): PortableGraph {
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

/**
 * The graph of the columns, whole. It keeps the columns as its edge columns (graphColumns.ts), so the metrics
 * that read those make no pass over its edges.
 */
export function graphOf(portable: PortableGraph): Graph {
  const graph = emptyGraph(portable);
  addEdges(graph, portable, 0, portable.sources.length);
  const weight = portable.edgeColumns.weight;
  if (weight instanceof Float64Array)
    keepEdgeColumns(graph, {
      nodes: portable.nodes,
      source: portable.sources,
      target: portable.targets,
      weight,
    });
  return graph;
}

export function emptyGraph(portable: PortableGraph): Graph {
  const graph = portable.type === 'directed' ? new DirectedGraph() : new UndirectedGraph();
  portable.nodes.forEach((node, i) => graph.addNode(node, portable.nodeAttributes[i]));
  prepareAdjacency(graph);
  return graph;
}

/** Adds edges from..to of the columns, in order. */
export function addEdges(graph: Graph, portable: PortableGraph, from: number, to: number): void {
  const columns = Object.entries(portable.edgeColumns);
  for (let i = from; i < to; i++) {
    const attributes: Attributes = {};
    for (const [name, column] of columns) if (column[i] !== undefined) attributes[name] = column[i];
    graph.addEdge(portable.nodes[portable.sources[i]!]!, portable.nodes[portable.targets[i]!]!, attributes);
  }
}
