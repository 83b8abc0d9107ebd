/**
 * How the ties between pairs changed from one period to another. A tie's level is its engagements per 30 days
 * (periods of different lengths compare fairly; decayed weights would not, as they depend on where the period
 * ends). A pair is `gained` or `lost` when it has engagements in one period only, `stronger` or `weaker` when
 * the level moved by at least `minRelative` and by at least `minEngagements` engagements (so 1 → 2 is not
 * "+100 %"), `steady` otherwise.
 */
import type { TieAttributes } from '../graphs.ts';

export type PairChange = 'gained' | 'lost' | 'stronger' | 'weaker' | 'steady';

export interface PairComparison {
  a: string;
  b: string;
  change: PairChange;
  /** Engagements per 30 days in each period. */
  before: number;
  after: number;
  delta: number;
  /** delta / before; null when the pair had no engagements before. */
  relative: number | null;
  engagementsBefore: number;
  engagementsAfter: number;
}

export interface PairChangeOptions {
  /** Smallest relative move of the level that counts as stronger or weaker. Default 0.25. */
  minRelative: number;
  /** Smallest move in engagements (after − before, scaled to the first period's length). Default 3. */
  minEngagements: number;
}

export const DEFAULT_PAIR_CHANGE_OPTIONS: Readonly<PairChangeOptions> = Object.freeze({
  minRelative: 0.25,
  minEngagements: 3,
});

/** A period's ties (the unit or person graph, walked edge by edge) and its length in days. */
export interface PeriodGraph {
  graph: {
    edgeEntries(): Iterable<{ edge: string; attributes: TieAttributes; source: string; target: string }>;
  };
  days: number;
}

/**
 * The pairs of both periods, ranked by the size of their move. The join gives the event loop a turn (`pause`)
 * every `slice` edges: a person-level comparison joins tens of thousands of ties on the HTTP thread, which must
 * keep answering health checks and cached answers meanwhile.
 */
export async function pairChanges(
  before: PeriodGraph,
  after: PeriodGraph,
  options: PairChangeOptions = DEFAULT_PAIR_CHANGE_OPTIONS,
  pause: () => Promise<void> = async () => {},
  slice = 4000,
): Promise<PairComparison[]> {
  const counts: PairCounts = new Map();
  for (const [period, side] of [
    [before, 'before'],
    [after, 'after'],
  ] as const) {
    const count = counter(counts, side);
    let seen = 0;
    for (const { attributes, source, target } of period.graph.edgeEntries()) {
      count(attributes, source, target);
      if (++seen % slice === 0) await pause();
    }
    await pause();
  }
  return ranked(counts, before.days, after.days, options);
}

type PairCounts = Map<string, { a: string; b: string; before: number; after: number }>;

function counter(counts: PairCounts, side: 'before' | 'after') {
  return (attributes: TieAttributes, source: string, target: string) => {
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = `${a}\u0000${b}`;
    let entry = counts.get(key);
    if (!entry) counts.set(key, (entry = { a, b, before: 0, after: 0 }));
    entry[side] += attributes.engagements;
  };
}

function ranked(counts: PairCounts, daysBefore: number, daysAfter: number, options: PairChangeOptions) {
  return [...counts.values()]
    .map((pair) => comparePair(pair, daysBefore, daysAfter, options))
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || byId(x.a, y.a) || byId(x.b, y.b));
}

/** Ids in code-unit order: localeCompare asks ICU for every comparison, a cost per pair for no gain here. */
const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function comparePair(
  pair: { a: string; b: string; before: number; after: number },
  daysBefore: number,
  daysAfter: number,
  options: PairChangeOptions,
): PairComparison {
  const before = (pair.before * 30) / daysBefore;
  const after = (pair.after * 30) / daysAfter;
  const delta = after - before;
  const relative = pair.before > 0 ? delta / before : null;
  return {
    a: pair.a,
    b: pair.b,
    change: classify(pair, (pair.after * daysBefore) / daysAfter - pair.before, relative, options),
    before,
    after,
    delta,
    relative,
    engagementsBefore: pair.before,
    engagementsAfter: pair.after,
  };
}

function classify(
  pair: { before: number; after: number },
  engagementsMoved: number,
  relative: number | null,
  options: PairChangeOptions,
): PairChange {
  if (pair.before === 0) return 'gained';
  if (pair.after === 0) return 'lost';
  if (Math.abs(engagementsMoved) < options.minEngagements || Math.abs(relative!) < options.minRelative) {
    return 'steady';
  }
  return relative! > 0 ? 'stronger' : 'weaker';
}
