/**
 * The analytics engine: everything Trellis computes for one time window, computed once per (data version,
 * window) and cached — an import bumps the data version, so a stale result is never served. The API, the
 * metrics command and the write-back all read from here.
 */
import type { Database } from '../db/database.ts';
import { ResultCache } from './cache.ts';
import {
  engagementMetrics,
  loadEngagementInputs,
  type EngagementMetrics,
  type EngagementOptions,
} from './engagement.ts';
import { DEFAULT_TIE_OPTIONS, type TieOptions } from './options.ts';
import { loadGraphs, newestEngagement, type DerivedGraphs } from './projection/loadGraphs.ts';
import { centralityTable, type CentralityTableOptions } from './suite/centralityTable.ts';
import { networkMetrics, type NetworkMetrics, type NetworkSuiteOptions } from './suite/networkSuite.ts';
import { engagementUnitTable } from './suite/engagementTables.ts';
import { merged, networkPersonTable, networkUnitTable, type NullableTable } from './suite/networkTables.ts';
import { weightedReciprocity, type WeightedReciprocity } from './trust/index.ts';
import { resolveWindow, type TimeWindow, type WindowSpec } from './window.ts';

export interface WindowAnalytics {
  window: TimeWindow;
  dataVersion: number;
  graphs: DerivedGraphs;
  /** metric → person id → value (null where undefined). */
  people: NullableTable;
  /** metric → unit id → value. */
  units: NullableTable;
  /** Communities, silos, isolation, brokerage and cut points, with the inputs behind them. */
  network: NetworkMetrics;
  /** Micro and macro cycles, trust, reputation and maturity of the relationships. */
  engagement: EngagementMetrics;
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
}

/** How the running service uses the engine (main.ts, and the load benchmark that measures it). */
export const SERVICE_ENGINE_OPTIONS: EngineOptions = { versionMaxAgeMs: 1000 };

export type StepReporter = (step: string) => void;

export class AnalyticsEngine {
  private readonly results: ResultCache<WindowAnalytics>;
  private newest: { dataVersion: number; at: Promise<Date | null> } | undefined;
  private version: { readAt: number; value: Promise<number> } | undefined;

  constructor(
    private readonly db: Database,
    private readonly options: EngineOptions = {},
  ) {
    this.results = new ResultCache(options.cacheSize ?? 8);
  }

  /** The analytics of a window, from the cache when the data has not changed since they were computed. */
  async forWindow(spec: WindowSpec, onStep: StepReporter = () => {}): Promise<WindowAnalytics> {
    const { window, dataVersion } = await this.resolve(spec);
    return this.results.get(`${dataVersion}|${window.key}`, () =>
      computeWindow(this.db, { window, dataVersion, options: this.options, onStep }),
    );
  }

  /** The window a spec names now, without computing anything for it. */
  async resolve(spec: WindowSpec): Promise<{ window: TimeWindow; dataVersion: number }> {
    const dataVersion = await this.dataVersion();
    return { window: resolveWindow(spec, await this.newestEngagement(dataVersion)), dataVersion };
  }

  /** This process changed the data (an import): read the data version again on the next request. */
  dataChanged(): void {
    this.version = undefined;
  }

  /** Concurrent requests share one read; under load that is at most one read per versionMaxAgeMs. */
  private dataVersion(): Promise<number> {
    const maxAge = this.options.versionMaxAgeMs ?? 0;
    if (this.version && performance.now() - this.version.readAt < maxAge) return this.version.value;
    const value = this.db.read('meta/dataVersion').then(([row]) => Number(row?.dataVersion ?? 0));
    const entry = { readAt: performance.now(), value };
    value.catch(() => {
      if (this.version === entry) this.version = undefined;
    });
    this.version = entry;
    return value;
  }

  /** Only an import moves the newest engagement, and an import bumps the data version. */
  private newestEngagement(dataVersion: number): Promise<Date | null> {
    if (this.newest?.dataVersion !== dataVersion) {
      const at = newestEngagement(this.db);
      at.catch(() => (this.newest = undefined));
      this.newest = { dataVersion, at };
    }
    return this.newest.at;
  }
}

interface Computation {
  window: TimeWindow;
  dataVersion: number;
  options: EngineOptions;
  onStep: StepReporter;
}

async function computeWindow(db: Database, run: Computation): Promise<WindowAnalytics> {
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    run.onStep(name);
    const started = performance.now();
    const result = await work();
    timings[name] = Math.round(performance.now() - started);
    return result;
  };
  const [graphs, engagementInputs] = await step('projection', () =>
    Promise.all([
      loadGraphs(db, run.window, run.options.ties ?? DEFAULT_TIE_OPTIONS),
      loadEngagementInputs(db, run.window, run.options.engagement),
    ]),
  );
  const people = await step('person centrality', () =>
    centralityTable(graphs.persons, run.options.centrality),
  );
  const units = await step('unit centrality', () => centralityTable(graphs.units, run.options.centrality));
  const network = await step('communities, silos, brokerage', async () =>
    networkMetrics(graphs, run.options.network),
  );
  const engagement = await step('cycles, trust, maturity', async () =>
    engagementMetrics(engagementInputs, run.window, run.options.engagement),
  );
  return {
    window: run.window,
    dataVersion: run.dataVersion,
    graphs,
    people: merged(people.metrics, networkPersonTable(network)),
    units: merged(units.metrics, networkUnitTable(network), engagementUnitTable(engagement)),
    network,
    engagement,
    reciprocity: weightedReciprocity(graphs.initiations),
    notes: [...people.notes.map((n) => `people: ${n}`), ...units.notes.map((n) => `units: ${n}`)],
    timings,
  };
}
