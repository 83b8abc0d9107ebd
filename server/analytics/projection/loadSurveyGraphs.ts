/**
 * The survey network of a window in the shape of the behavioural one (DerivedGraphs), so the same centrality,
 * silo and brokerage code analyses it: the directed graph of who names whom (the initiation graph's place:
 * person → alter, weight Σ answer weights in the window), its undirected person graph (a tie's weight is the
 * sum of both directions, as an engagement's tie counts both sides) and the unit graph built from that. The
 * roster and the BRM assignments are the same as the behavioural network's; no engagement is read.
 */
import type { Database } from '../../db/database.ts';
import { toDateTime } from '../../db/values.ts';
import type { TimeWindow } from '../window.ts';
import { buildInitiationGraph, buildPersonGraph, buildUnitGraph, type TieRow } from './buildGraphs.ts';
import type { DerivedGraphs } from './loadGraphs.ts';
import { readRoster } from './roster.ts';
import { readBrmAssignments } from './brmAssignments.ts';

export interface SurveyPairRow {
  source: string;
  target: string;
  weight: number;
  answers: number;
}

export async function loadSurveyGraphs(db: Database, window: TimeWindow): Promise<DerivedGraphs> {
  const [roster, said, brmAssignments] = await Promise.all([
    readRoster(db),
    db.read('projection/windowSurveyTies', { from: toDateTime(window.from), to: toDateTime(window.to) }),
    readBrmAssignments(db, window.to),
  ]);
  const pairs = said as unknown as SurveyPairRow[];
  const persons = buildPersonGraph(roster.people, undirectedTies(pairs));
  return {
    persons,
    units: buildUnitGraph(roster.units, persons),
    initiations: buildInitiationGraph(
      roster.people,
      pairs.map((pair) => ({ ...pair, engagements: pair.answers })),
    ),
    brmAssignments,
  };
}

/** One undirected tie per pair: both directions' weights and answers summed. */
export function undirectedTies(pairs: readonly SurveyPairRow[]): TieRow[] {
  const ties = new Map<string, TieRow>();
  for (const { source, target, weight, answers } of pairs) {
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = JSON.stringify([a, b]);
    const tie = ties.get(key) ?? { a, b, weight: 0, engagements: 0 };
    tie.weight += weight;
    tie.engagements += answers;
    ties.set(key, tie);
  }
  return [...ties.values()];
}
