/** Types for kernel.mjs (plain JavaScript so that worker threads can run it without a TypeScript loader). */

/** The arrays of the CSR view the kernels read (see csr.ts). */
export interface KernelCsr {
  offsets: Int32Array;
  targets: Int32Array;
  distances: Float64Array;
}

export interface Workspace {
  readonly hops: Int32Array;
  readonly dist: Float64Array;
  readonly sigma: Float64Array;
  /** BFS: (1 + δ(v)) / σ(v), Brandes' accumulation term; Dijkstra: running Σ of the successors' terms. */
  readonly coefficient: Float64Array;
  readonly visited: Int32Array;
  /** Successors (BFS) or predecessors (Dijkstra) on shortest paths of the settled nodes, in settle order. */
  readonly arcs: Int32Array;
  /** arcEnd[k]: where the arcs of the k-th settled node end (they start where the previous node's end). */
  readonly arcEnd: Int32Array;
  readonly heap: Int32Array;
  readonly heapKey: Float64Array;
  readonly heapIndex: Int32Array;
  /** Multi-source BFS buffers (kernel-internal), made on the first unweighted search. */
  batch: unknown;
}

export interface HarmonicOutput {
  harmonic: Float64Array;
  reached: Float64Array;
  farness: Float64Array;
}

export interface KernelTask {
  kind: 'betweenness' | 'harmonic' | 'paths';
  weighted: boolean;
}

export function computeBlock(
  csr: KernelCsr,
  task: KernelTask,
  sources: Int32Array,
  from: number,
  to: number,
  ws: Workspace,
): Float64Array;

export function createWorkspace(csr: KernelCsr): Workspace;

export function accumulateBetweenness(
  csr: KernelCsr,
  weighted: boolean,
  sources: Int32Array,
  from: number,
  to: number,
  into: Float64Array,
  ws: Workspace,
): void;

export function accumulatePaths(
  csr: KernelCsr,
  weighted: boolean,
  sources: Int32Array,
  from: number,
  to: number,
  into: Float64Array,
  ws: Workspace,
): void;

export function harmonicFrom(
  csr: KernelCsr,
  weighted: boolean,
  sources: Int32Array,
  from: number,
  to: number,
  out: HarmonicOutput,
  ws: Workspace,
): void;
