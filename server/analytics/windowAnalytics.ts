/**
 * What the engine answers for a window and how it is configured: the types the engine, its compute workers and
 * the views share, apart from the engine so the workers can name them without importing it.
 */
import type { EngagementMetrics, EngagementOptions } from './engagement.ts';
import type { DyadMicro } from './micro/microCycle.ts';
import type { TieOptions } from './options.ts';
import type { DerivedGraphs } from './projection/loadGraphs.ts';
import type { CentralityTableOptions } from './suite/centralityTable.ts';
import type { NetworkMetrics, NetworkSuiteOptions } from './suite/networkSuite.ts';
import type { NullableTable } from './suite/networkTables.ts';
import type { WeightedReciprocity } from './trust/index.ts';
import type { TimeWindow } from './window.ts';
import type { NetworkKind } from '../schema/survey.ts';

export interface WindowAnalytics {
  window: TimeWindow;
  dataVersion: number;
  /** Which ties the graphs (and every network metric) are made of: engagements or survey answers. */
  networkKind: NetworkKind;
  graphs: DerivedGraphs;
  /** metric → person id → value (null where undefined). */
  people: NullableTable;
  /** metric → unit id → value. */
  units: NullableTable;
  /** Communities, silos, isolation, brokerage and cut points, with the inputs behind them. */
  network: NetworkMetrics;
  /** Micro (unit pairs) and macro cycles, trust, reputation and maturity of the relationships. */
  engagement: EngagementMetrics;
  /** The micro cycle of every person pair (need `dyads`). */
  dyads: DyadMicro[];
  /** Org-wide weighted reciprocity of initiations, Σ min(w_ij, w_ji) / Σ w_ij. */
  reciprocity: WeightedReciprocity;
  /** How numbers were obtained where they are not exact. */
  notes: string[];
  /** Milliseconds per step, for the metrics command and the benchmark. */
  timings: Record<string, number>;
}

export interface EngineOptions {
  ties?: TieOptions;
  centrality?: CentralityTableOptions;
  network?: NetworkSuiteOptions;
  engagement?: EngagementOptions;
  /** Windows kept in memory. Default 8. */
  cacheSize?: number;
  /**
   * How long a data version read from Neo4j is trusted, in ms. Default 0 (read every time). The service
   * trusts it for a second: an import in another process shows within that second, one in this process
   * at once (dataChanged).
   */
  versionMaxAgeMs?: number;
  /** Windows computed at once (worker threads). Default: 1 on up to 2 cores, else 2. */
  concurrency?: number;
  /** Distinct windows one token may wait for at once (see compute/scheduler.ts). Default 3. */
  windowsPerToken?: number;
}

export interface ResolvedWindow {
  window: TimeWindow;
  dataVersion: number;
}

export type StepReporter = (step: string) => void;
