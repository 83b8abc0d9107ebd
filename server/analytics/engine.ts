/**
 * The analytics engine: everything Trellis computes for one time window, computed once per (data version,
 * window) and cached — an import bumps the data version, so a stale result is never served. The API, the
 * metrics command and the write-back all read from here.
 */
import type { Database } from '../db/database.ts';
import { ResultCache } from './cache.ts';
import { DEFAULT_TIE_OPTIONS, type TieOptions } from './options.ts';
import { loadGraphs, newestEngagement, type DerivedGraphs } from './projection/loadGraphs.ts';
import { centralityTable, type CentralityTableOptions, type MetricTable } from './suite/centralityTable.ts';
import { resolveWindow, type TimeWindow, type WindowSpec } from './window.ts';

export interface WindowAnalytics {
  window: TimeWindow;
  dataVersion: number;
  graphs: DerivedGraphs;
  /** metric → person id → value. */
  people: MetricTable;
  /** metric → unit id → value. */
  units: MetricTable;
  /** How numbers were obtained where they are not exact. */
  notes: string[];
  /** Milliseconds per step, for the metrics command and the benchmark. */
  timings: Record<string, number>;
}

export interface EngineOptions {
  ties?: TieOptions;
  centrality?: CentralityTableOptions;
  /** Windows kept in memory. Default 8. */
  cacheSize?: number;
}

export type StepReporter = (step: string) => void;

export class AnalyticsEngine {
  private readonly results: ResultCache<WindowAnalytics>;
  private newest: { dataVersion: number; at: Promise<Date | null> } | undefined;

  constructor(
    private readonly db: Database,
    private readonly options: EngineOptions = {},
  ) {
    this.results = new ResultCache(options.cacheSize ?? 8);
  }

  /** The analytics of a window, from the cache when the data has not changed since they were computed. */
  async forWindow(spec: WindowSpec, onStep: StepReporter = () => {}): Promise<WindowAnalytics> {
    const dataVersion = await this.dataVersion();
    const window = resolveWindow(spec, await this.newestEngagement(dataVersion));
    return this.results.get(`${dataVersion}|${window.key}`, () =>
      computeWindow(this.db, { window, dataVersion, options: this.options, onStep }),
    );
  }

  private async dataVersion(): Promise<number> {
    const [row] = await this.db.read('meta/dataVersion');
    return Number(row?.dataVersion ?? 0);
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
  const graphs = await step('projection', () =>
    loadGraphs(db, run.window, run.options.ties ?? DEFAULT_TIE_OPTIONS),
  );
  const people = await step('person centrality', () =>
    centralityTable(graphs.persons, run.options.centrality),
  );
  const units = await step('unit centrality', () => centralityTable(graphs.units, run.options.centrality));
  return {
    window: run.window,
    dataVersion: run.dataVersion,
    graphs,
    people: people.metrics,
    units: units.metrics,
    notes: [...people.notes.map((n) => `people: ${n}`), ...units.notes.map((n) => `units: ${n}`)],
    timings,
  };
}
