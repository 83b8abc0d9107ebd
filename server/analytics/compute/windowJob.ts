/**
 * One window of one data version on the HTTP thread: the families computed so far (each cached on its own),
 * the requests waiting for more, the task computing them, and the step it is at. The scheduler moves it between
 * idle, queued and running; views read it through `analytics(need)`.
 */
import { engagementUnitTable } from '../suite/engagementTables.ts';
import { merged, networkPersonTable, networkUnitTable } from '../suite/networkTables.ts';
import type { NetworkMetrics, UnitNetworkMetrics } from '../suite/networkSuite.ts';
import type { DerivedGraphs } from '../projection/loadGraphs.ts';
import type { TimeWindow } from '../window.ts';
import type { NetworkKind } from '../../schema/survey.ts';
import type { WindowAnalytics } from '../windowAnalytics.ts';
import {
  FAMILIES,
  type DyadsFamily,
  type Family,
  type FamilyValues,
  type NetworkFamily,
  type PeopleFamily,
} from './families.ts';
import { graphsFrom, yieldEvery, type PortableGraphs } from './graphTransfer.ts';
import { fromPieces } from './piecewise.ts';
import type { PiecedValues, PortableFamily } from './protocol.ts';
import type { TaskRun } from './workerPool.ts';

/** A family arriving on the HTTP thread is rebuilt in slices of this many ms, a turn of the event loop between. */
const SLICE_MS = 4;

/**
 * What a view reads: the graphs and cycles only, the network metrics too, person centrality as well, or the
 * person pairs' micro cycle beside the base.
 */
export type Need = Family;

/** The families a need takes (the units and people tables merge the network's; person pairs need no network). */
const FAMILIES_OF: Record<Need, Family[]> = {
  base: ['base'],
  network: ['base', 'network'],
  people: ['base', 'network', 'people'],
  dyads: ['base', 'dyads'],
};

export function familiesFor(need: Need): Family[] {
  return FAMILIES_OF[need];
}

export interface Waiter {
  families: Family[];
  token: string;
  priority: 'request' | 'warm';
  since: number;
  onStep?: (step: string) => void;
  resolve(): void;
  reject(error: unknown): void;
}

export class WindowJob {
  readonly values: Partial<FamilyValues> = {};
  readonly timings: Record<string, number> = {};
  readonly waiters = new Set<Waiter>();
  state: 'idle' | 'queued' | 'running' = 'idle';
  run: (TaskRun & { families: Family[] }) | undefined;
  /** The step the running task is at, for progress. */
  step: string | undefined;
  /** When a request last asked for this window: the queue serves the newest first. */
  lastDemand = 0;
  /** Family arrivals are applied in order, one at a time (rebuilding the graphs yields to the event loop). */
  arrivals: Promise<void> = Promise.resolve();
  portableGraphs: PortableGraphs | undefined;
  /** The graphs of the base family being computed, rebuilt when they arrive ahead of it. */
  private graphs: Promise<DerivedGraphs> | undefined;
  private readonly assembled = new Map<string, WindowAnalytics>();

  constructor(
    readonly window: TimeWindow,
    readonly dataVersion: number,
    /** The survey network's window is a job of its own: its families never mix with the engagements'. */
    readonly network: NetworkKind = 'behaviour',
  ) {}

  missing(families: Iterable<Family>): Family[] {
    const wanted = new Set(families);
    return FAMILIES.filter((family) => wanted.has(family) && !this.values[family]);
  }

  /** Families some waiter still needs, in computing order. */
  wanted(): Family[] {
    return this.missing([...this.waiters].flatMap((waiter) => waiter.families));
  }

  /** The base family's graphs, ahead of the family: rebuilt at once (the family's pieces queue behind). */
  async acceptGraphs(portable: PortableGraphs): Promise<void> {
    this.portableGraphs = portable;
    this.graphs = graphsFrom(portable, yieldEvery(SLICE_MS));
    await this.graphs;
  }

  async accept(arrival: PortableFamily, timings: Record<string, number>): Promise<void> {
    Object.assign(this.timings, timings);
    const value = await fromPieces<PiecedValues[Family]>(arrival.pieces, yieldEvery(SLICE_MS));
    if (arrival.family === 'base') {
      if (!this.graphs) throw new Error('analytics/compute: the base family arrived before its graphs');
      this.values.base = { ...(value as PiecedValues['base']), graphs: await this.graphs };
    } else if (arrival.family === 'network') this.values.network = value as NetworkFamily;
    else if (arrival.family === 'people') this.values.people = value as PeopleFamily;
    else this.values.dyads = value as DyadsFamily;
  }

  /**
   * The analytics a need reads, under the name the caller gave the window ('30d' and the same dates share one
   * job); the families the need does not take throw when read (a route asked for too little).
   */
  analytics(need: Need, window: TimeWindow = this.window): WindowAnalytics {
    const key = `${need}|${window.key}`;
    const done = this.assembled.get(key);
    if (done) return done;
    const built = this.assemble(need, window);
    this.assembled.set(key, built);
    return built;
  }

  private assemble(need: Need, window: TimeWindow): WindowAnalytics {
    const { base, network, people, dyads } = this.values;
    if (!base || this.missing(familiesFor(need)).length > 0) {
      throw new Error(`analytics/compute: ${need} analytics of ${this.window.key} read before computed`);
    }
    const result = {
      window,
      dataVersion: this.dataVersion,
      networkKind: this.network,
      graphs: base.graphs,
      engagement: base.engagement,
      reciprocity: base.reciprocity,
      notes: [...(people?.notes ?? []), ...(network?.notes ?? [])],
      timings: this.timings,
    } as Partial<WindowAnalytics>;
    if (network) {
      result.network = people
        ? { ...network.network, ...people.brokerage }
        : withoutBrokerage(network.network);
      result.units = merged(
        network.unitCentrality,
        networkUnitTable(network.network),
        engagementUnitTable(base.engagement),
      );
    } else notAsked(result, 'network', 'units');
    if (people && network) {
      result.people = merged(people.personCentrality, networkPersonTable(result.network!));
    } else notAsked(result, 'people');
    if (dyads) result.dyads = dyads.dyads;
    else notAsked(result, 'dyads');
    return result as WindowAnalytics;
  }
}

/** The network metrics of a need without people: their brokerage (the `people` family's) throws when read. */
function withoutBrokerage(network: UnitNetworkMetrics): NetworkMetrics {
  const metrics: Partial<NetworkMetrics> = { ...network };
  notAsked(metrics, 'constraint', 'effectiveSize', 'brokerage');
  return metrics as NetworkMetrics;
}

function notAsked<T extends object>(result: Partial<T>, ...fields: Array<keyof T & string>): void {
  for (const field of fields) {
    Object.defineProperty(result, field, {
      enumerable: false,
      get: () => {
        throw new Error(`analytics/compute: '${field}' read by a route that did not ask for it`);
      },
    });
  }
}
