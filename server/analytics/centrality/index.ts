/** Centrality metrics (DESIGN §3.2), one per module; each a function (graph, options?) → result. */
export { degree, type DegreeOptions, type DegreeResult } from './degree.ts';
export { strength, type StrengthResult } from './strength.ts';
export { egoNetwork, egoBreadth, type EgoNetwork, type EgoNetworkResult } from './egoNetwork.ts';
export { betweenness, type BetweennessOptions, type BetweennessResult } from './betweenness.ts';
export {
  approximateBetweenness,
  samplingBound,
  type ApproximateBetweennessOptions,
  type ApproximateBetweennessResult,
} from './approximateBetweenness.ts';
export {
  harmonicCloseness,
  type HarmonicClosenessOptions,
  type HarmonicClosenessResult,
} from './harmonicCloseness.ts';
export { eigenvector, type EigenvectorOptions, type EigenvectorResult } from './eigenvector.ts';
export { pagerank, type PagerankOptions, type PagerankResult } from './pagerank.ts';
export {
  shortestPathCentralities,
  type ShortestPathOptions,
  type ShortestPathResult,
} from './shortestPaths.ts';
export { csrOf, type CsrGraph, type TieGraph } from './csr.ts';
export type { ParallelOptions } from './pool.ts';
export type { CentralityResult, NodeValues } from './result.ts';
