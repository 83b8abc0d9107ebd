/**
 * Introductions worth making for a unit (issue 12): person pairs across its boundary — a member and someone of
 * another unit — whose new tie would most reduce the unit's isolation or give it a second bridge where it hangs
 * on one person (a single point of failure). Each comes with why it would take (common contacts, an existing
 * weak tie, roles) and what it would change (reach, isolation score and flag, providers engaged, the brokers no
 * longer alone); ranked as rank.ts says. Pure: the window's graphs in, nothing changed.
 */
import type { PersonGraph } from '../graphs.ts';
import { isolation, siloNumbers, topLevelPartition, topLevelUnits, type SiloGraphs } from '../silos/index.ts';
import type { IsolationConfig } from '../silos/isolationRules.ts';
import { adamicAdarFrom } from './adamicAdar.ts';
import { brokerSides, type BrokerSide } from './brokerSides.ts';
import { candidatePairs, type Candidate } from './candidates.ts';
import { rankIntroductions } from './rank.ts';
import { unitStanding } from './unitStanding.ts';

export interface IntroductionOptions {
  isolation: IsolationConfig;
  /** Introductions answered. Default 10. */
  limit?: number;
  /** Times one person may appear in the list. Default 2. */
  perPerson?: number;
}

export interface IntroductionsResult {
  unit: string;
  situation: {
    isolated: boolean;
    score: number | null;
    reach: number | null;
    /** Departments only: top-level providers engaged. */
    providersEngaged: number | null;
    /** People the unit hangs on alone, and the units each alone connects it to. */
    brokers: Array<{ person: string; cutFrom: string[] }>;
  };
  introductions: Array<Candidate & { priority: number }>;
  /** Weight a new tie is assumed to have: the median weight of the window's ties between units. */
  typicalTieWeight: number;
}

export function introductions(
  graphs: SiloGraphs,
  unit: string,
  options: IntroductionOptions,
): IntroductionsResult {
  const { persons, units } = graphs;
  const numbers = siloNumbers(graphs);
  const judged = isolation(graphs, options.isolation, numbers);
  const unitOf = topLevelPartition(persons, units);
  const top = topLevelUnits(units);
  const sides = brokerSides(persons, unitOf, top.get(unit) ?? unit);
  const found = unitStanding(persons, unit, numbers, judged);
  const typicalTieWeight = medianCrossWeight(persons);
  const situation = {
    isolated: found?.judged.flagged ?? false,
    score: found?.judged.score ?? null,
    reach: found?.judged.numbers?.reach ?? null,
    providersEngaged: found?.judged.numbers?.providersEngaged ?? null,
    brokers: sides.map((side: BrokerSide) => ({ person: side.broker, cutFrom: side.cutFrom })),
  };
  if (!found) return { unit, situation, introductions: [], typicalTieWeight };
  const candidates = candidatePairs({
    graphs,
    unit,
    unitOf,
    top,
    sides,
    standing: found.standing,
    scoreBefore: found.judged.score!,
    isolation: options.isolation,
    minRulesFired: options.isolation.minRulesFired[found.judged.type],
    typicalTieWeight,
    contacts: (x) => adamicAdarFrom(persons, x),
  });
  return {
    unit,
    situation,
    introductions: rankIntroductions(candidates, {
      limit: options.limit ?? 10,
      perPerson: options.perPerson ?? 2,
    }),
    typicalTieWeight,
  };
}

/** The median weight of ties between people of different units (of all ties when there are none; 1 if no tie). */
function medianCrossWeight(persons: PersonGraph): number {
  const cross: number[] = [];
  const all: number[] = [];
  persons.forEachEdge((_edge, tie, _a, _b, aa, ba) => {
    all.push(tie.weight);
    if (aa.unit !== ba.unit) cross.push(tie.weight);
  });
  const list = (cross.length > 0 ? cross : all).sort((a, b) => a - b);
  if (list.length === 0) return 1;
  const mid = list.length >> 1;
  return list.length % 2 ? list[mid]! : (list[mid - 1]! + list[mid]!) / 2;
}
