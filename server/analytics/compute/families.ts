/**
 * A window's analytics in four families, computed on demand and cached separately, so an answer waits only for
 * what it shows: `base` (the projection: graphs, cycles, trust, maturity, reciprocity), `network` (unit
 * centrality, communities, silos, cut points), `people` (each person's brokerage, and person centrality:
 * betweenness and closeness of every person, the slowest part) and `dyads` (the micro cycle of every person
 * pair, which only the analysts' person-pair view reads). The unit map, silos and relationships never wait for
 * `people` or `dyads`; only views that list people read their brokerage.
 */
import {
  engagementMetrics,
  loadEngagementInputs,
  type EngagementInputs,
  type EngagementMetrics,
} from '../engagement.ts';
import { personPairs, type DyadMicro } from '../micro/microCycle.ts';
import { DEFAULT_TIE_OPTIONS } from '../options.ts';
import { DEFAULT_PERIOD_OPTIONS } from '../periods.ts';
import { loadGraphs, type DerivedGraphs } from '../projection/loadGraphs.ts';
import { initiationTies } from '../projection/columnGraphs.ts';
import { loadMicroDyads } from '../projection/loadMicroDyads.ts';
import { loadSurveyGraphs } from '../projection/loadSurveyGraphs.ts';
import type { NetworkKind } from '../../schema/survey.ts';
import { centralityTable, type MetricTable } from '../suite/centralityTable.ts';
import {
  personBrokerage,
  unitNetworkMetrics,
  type PersonBrokerage,
  type UnitNetworkMetrics,
} from '../suite/networkSuite.ts';
import { weightedReciprocity, type WeightedReciprocity } from '../trust/index.ts';
import type { Database } from '../../db/database.ts';
import type { EngineOptions } from '../windowAnalytics.ts';
import type { TimeWindow } from '../window.ts';

export const FAMILIES = ['base', 'network', 'people', 'dyads'] as const;
export type Family = (typeof FAMILIES)[number];

export interface BaseFamily {
  graphs: DerivedGraphs;
  engagement: EngagementMetrics;
  reciprocity: WeightedReciprocity;
}

export interface NetworkFamily {
  network: UnitNetworkMetrics;
  /** Centralities of the unit graph. */
  unitCentrality: MetricTable;
  notes: string[];
}

export interface PeopleFamily {
  /** Centralities of the person graph. */
  personCentrality: MetricTable;
  /** Constraint, effective size and Gould–Fernandez roles of every person. */
  brokerage: PersonBrokerage;
  notes: string[];
}

export interface DyadsFamily {
  dyads: DyadMicro[];
}

export interface FamilyValues {
  base: BaseFamily;
  network: NetworkFamily;
  people: PeopleFamily;
  dyads: DyadsFamily;
}

export interface FamilyRun {
  db: Database;
  window: TimeWindow;
  /** Which ties the graphs are made of: engagements (default) or survey answers. */
  network?: NetworkKind;
  options: EngineOptions;
  /** Present for every family but `base`. */
  graphs?: DerivedGraphs;
  /** Called with the base family's graphs as soon as they are built, before the rest of the family. */
  onGraphs?: (graphs: DerivedGraphs) => void;
  /** Called with the name of each step as it starts (progress for the explorer and the metrics command). */
  onStep: (step: string) => void;
  timings: Record<string, number>;
}

export async function computeFamily<F extends Family>(family: F, run: FamilyRun): Promise<FamilyValues[F]> {
  const compute = { base, network, people, dyads }[family] as (run: FamilyRun) => Promise<FamilyValues[F]>;
  return compute(run);
}

async function step<T>(run: FamilyRun, name: string, work: () => Promise<T> | T): Promise<T> {
  run.onStep(name);
  const started = performance.now();
  const result = await work();
  run.timings[name] = Math.round(performance.now() - started);
  return result;
}

async function base(run: FamilyRun): Promise<BaseFamily> {
  if (run.network === 'survey') return surveyBase(run);
  const [graphs, inputs] = await step(run, 'projection', () =>
    Promise.all([
      loadGraphs(run.db, run.window, run.options.ties ?? DEFAULT_TIE_OPTIONS),
      loadEngagementInputs(run.db, run.window, run.options.engagement),
    ]),
  );
  run.onGraphs?.(graphs);
  const engagement = await step(run, 'cycles, trust, maturity', () =>
    engagementMetrics(inputs, run.window, run.options.engagement),
  );
  return { graphs, engagement, reciprocity: weightedReciprocity(initiationTies(graphs)) };
}

/**
 * The survey network's graphs in place of the engagements' (the later families analyse them unchanged); its
 * cycles, trust and maturity are those of no engagement at all, so nothing behavioural leaks into its answers.
 * Reciprocity is of naming: how often a person named is someone who names them back.
 */
async function surveyBase(run: FamilyRun): Promise<BaseFamily> {
  const graphs = await step(run, 'survey projection', () => loadSurveyGraphs(run.db, run.window));
  run.onGraphs?.(graphs);
  const engagement = engagementMetrics(NO_ENGAGEMENTS, run.window, run.options.engagement);
  return { graphs, engagement, reciprocity: weightedReciprocity(initiationTies(graphs)) };
}

const NO_ENGAGEMENTS: EngagementInputs = { dyads: [], histories: [], feedback: [], serves: [] };

async function network(run: FamilyRun): Promise<NetworkFamily> {
  const graphs = required(run);
  const units = await step(run, 'unit centrality', () =>
    centralityTable(graphs.units, run.options.centrality),
  );
  const metrics = await step(run, 'communities, silos, cut points', () =>
    unitNetworkMetrics(graphs, run.options.network),
  );
  return { network: metrics, unitCentrality: units.metrics, notes: units.notes.map((n) => `units: ${n}`) };
}

async function people(run: FamilyRun): Promise<PeopleFamily> {
  const graphs = required(run);
  const brokerage = await step(run, 'brokerage', () => personBrokerage(graphs));
  const table = await step(run, 'person centrality', () =>
    centralityTable(graphs.persons, run.options.centrality),
  );
  return { personCentrality: table.metrics, brokerage, notes: table.notes.map((n) => `people: ${n}`) };
}

/** The survey network has no engagements, so no person pair has a micro cycle. */
async function dyads(run: FamilyRun): Promise<DyadsFamily> {
  if (run.network === 'survey') return { dyads: [] };
  const periods = run.options.engagement?.periods ?? DEFAULT_PERIOD_OPTIONS;
  return step(run, 'person pairs', async () => ({
    dyads: personPairs(await loadMicroDyads(run.db, run.window, periods), run.window),
  }));
}

function required(run: FamilyRun): DerivedGraphs {
  if (!run.graphs) throw new Error('analytics/compute: the base family (graphs) must come first');
  return run.graphs;
}
