/**
 * Compressed sparse row (CSR) view of an undirected weighted graph, the input of the fast kernels
 * (kernel.mjs), the power iterations (eigenvector, PageRank) and the worker threads (pool.ts).
 *
 * Node i's neighbours are targets[offsets[i] .. offsets[i + 1]); each undirected edge appears once from each
 * end. weights = tie strength (edge attribute `weight`, 1 when absent), distances = 1 / weight. Self-loops
 * are left out: they lie on no shortest path and NetworkX's centralities on simple graphs ignore them.
 * The arrays live in SharedArrayBuffers so workers read them without a copy.
 *
 * Built once per graph and cached (derived graphs are immutable once built for a window); the cache is keyed by
 * the graph object and checked against its order and size.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

/** What the centrality metrics accept: an undirected graph whose edges may carry a numeric `weight`. */
export type TieGraph = AbstractGraph<Attributes, Attributes>;

export interface CsrGraph {
  /** Node keys by index. */
  nodes: string[];
  order: number;
  /** Number of undirected edges kept (self-loops excluded). */
  ties: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  distances: Float64Array;
  /** True when every weight is finite and > 0, so that distance = 1 / weight is a valid path length. */
  positiveWeights: boolean;
}

const cache = new WeakMap<object, CsrGraph>();

export function csrOf(graph: TieGraph): CsrGraph {
  const cached = cache.get(graph);
  if (cached && cached.order === graph.order && cached.ties === countTies(graph)) return cached;
  const csr = buildCsr(graph);
  cache.set(graph, csr);
  return csr;
}

export function buildCsr(graph: TieGraph): CsrGraph {
  if (graph.type !== 'undirected' || graph.multi) {
    throw new Error('centrality/csr: expected a simple undirected graph (the person or unit graph)');
  }
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, i) => [node, i] as const));
  const offsets = sharedInt32(nodes.length + 1);
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    offsets[index.get(source)! + 1]! += 1;
    offsets[index.get(target)! + 1]! += 1;
  });
  for (let i = 0; i < nodes.length; i++) offsets[i + 1]! += offsets[i]!;
  const halfEdges = offsets[nodes.length]!;
  const csr: CsrGraph = {
    nodes,
    order: nodes.length,
    ties: halfEdges / 2,
    offsets,
    targets: sharedInt32(halfEdges),
    weights: sharedFloat64(halfEdges),
    distances: sharedFloat64(halfEdges),
    positiveWeights: true,
  };
  fill(graph, index, csr);
  return csr;
}

function fill(graph: TieGraph, index: Map<string, number>, csr: CsrGraph): void {
  const cursor = csr.offsets.slice(0, csr.order);
  const place = (from: number, to: number, weight: number) => {
    const at = cursor[from]!++;
    csr.targets[at] = to;
    csr.weights[at] = weight;
    csr.distances[at] = 1 / weight;
  };
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const weight = typeof attributes.weight === 'number' ? attributes.weight : 1;
    if (!(weight > 0 && Number.isFinite(weight))) csr.positiveWeights = false;
    const s = index.get(source)!;
    const t = index.get(target)!;
    place(s, t, weight);
    place(t, s, weight);
  });
}

/** Fails, naming the metric, when weighted shortest paths are asked of weights that are not lengths. */
export function assertPathWeights(csr: CsrGraph, metric: string): void {
  if (!csr.positiveWeights) {
    throw new Error(`centrality/${metric}: weighted paths need every edge weight finite and > 0`);
  }
}

function countTies(graph: TieGraph): number {
  return graph.size - graph.selfLoopCount;
}

function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(1, length) * 4), 0, length);
}

function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(1, length) * 8), 0, length);
}
