/**
 * What if someone leaves? The window's graphs without the people removed (named, or the members of the units
 * named), compared with the same window as it is: the unit pairs that lose every path or every direct tie, the
 * units whose isolation moves (flag, E-I, reach, providers engaged), the people who would become single points
 * of failure, and the ten whose betweenness rises most. Every number comes from the metric functions the
 * window's own answers use (silos/, brokerage/cutPoints, centrality/), on both sides, so a removal of nobody
 * changes nothing. Units are counted at the top of the hierarchy for paths and cut points (IT's desk is IT),
 * as the window's cut points count them; isolation is per unit, as the silos view shows it.
 */
import { cutPoints, type CutPointsResult, type PersonSeparation } from '../brokerage/index.ts';
import { failureChanges } from '../compare/failureChanges.ts';
import {
  isolation,
  topLevelPartition,
  type IsolationConfig,
  type IsolationResult,
  type SiloGraphs,
} from '../silos/index.ts';
import type { BetweennessRise } from './betweennessRises.ts';
import { cutTies } from './cutTies.ts';
import { disconnections, type Disconnection } from './disconnections.ts';
import { loadRises } from './loadRises.ts';
import { resolveRemoval, type Removal } from './removal.ts';
import { unitLinks, type UnitLinks } from './unitLinks.ts';
import { unitShifts, type UnitShift } from './unitShifts.ts';
import { withoutPeople } from './withoutPeople.ts';

export interface WhatIfInput {
  removal: Removal;
  /** The window's betweenness (people table), the baseline of the rises; absent: no rises (viewers). */
  betweenness?: Readonly<Record<string, number | null>>;
  isolation: IsolationConfig;
  /** People whose betweenness rises most, at most. Default 10. */
  limit?: number;
}

export interface WhatIfResult {
  removed: { people: string[]; units: string[] };
  unknown: Removal;
  disconnected: Disconnection[];
  /** Unit ties (sub-units included) that no person tie holds up after the removal. */
  cutTies: Array<[string, string]>;
  units: UnitShift[];
  /** People who would alone connect some unit pair, and did not before. */
  newSinglePointsOfFailure: PersonSeparation[];
  betweennessRises: BetweennessRise[];
  notes: string[];
}

export async function whatIf(graphs: SiloGraphs, input: WhatIfInput): Promise<WhatIfResult> {
  const resolved = resolveRemoval(graphs, input.removal);
  const removed = { people: [...resolved.people].sort(), units: [...resolved.units].sort() };
  const empty = {
    disconnected: [],
    cutTies: [],
    units: [],
    newSinglePointsOfFailure: [],
    betweennessRises: [],
    notes: [],
  };
  if (resolved.unknown.people.length + resolved.unknown.units.length > 0)
    return { removed, unknown: resolved.unknown, ...empty };
  const after = withoutPeople(graphs, resolved.people);
  const was = baseline(graphs, input.isolation);
  const isCut = cutPoints(after.persons, { partition: was.partition, limit: Infinity });
  const newPoints = new Set(failureChanges(was.cut, isCut).gained.map((point) => point.person));
  const load = input.betweenness
    ? await loadRises(
        { before: graphs.persons, after: after.persons, removed: resolved.people },
        input.betweenness,
        input.limit ?? 10,
      )
    : undefined;
  return {
    removed,
    unknown: resolved.unknown,
    disconnected: disconnections(was.links, unitLinks(after.persons, was.partition)),
    cutTies: cutTies(graphs.units, after.units),
    units: unitShifts(was.isolation, isolation(after, input.isolation)),
    newSinglePointsOfFailure: isCut.people.filter((p) => newPoints.has(p.person)),
    betweennessRises: load?.rises ?? [],
    notes: load?.note ? [load.note] : [],
  };
}

interface Baseline {
  config: string;
  partition: Record<string, string>;
  cut: CutPointsResult;
  links: UnitLinks;
  isolation: IsolationResult;
}

/** The window's own side of every comparison, kept per graph: a second what-if on the window reuses it. */
const baselines = new WeakMap<object, Baseline>();

function baseline(graphs: SiloGraphs, config: IsolationConfig): Baseline {
  const key = JSON.stringify(config);
  const kept = baselines.get(graphs.persons);
  if (kept?.config === key) return kept;
  const partition = topLevelPartition(graphs.persons, graphs.units);
  const made = {
    config: key,
    partition,
    cut: cutPoints(graphs.persons, { partition, limit: Infinity }),
    links: unitLinks(graphs.persons, partition),
    isolation: isolation(graphs, config),
  };
  baselines.set(graphs.persons, made);
  return made;
}
