/**
 * The person ties and initiation ties of a window from an engagement table, with the formula of DESIGN §3.1
 * (the reference: cypher/reference/projection/graphTies.cypher and graphInitiations.cypher): an engagement in
 * [from, to) with n ≥ 2 participants adds κ(kind) · 2^(−age/h) / (n − 1) to each pair of its participants, age
 * = whole seconds from the engagement to the window end, in days; initiation ties run from the initiator to
 * each other participant with the same weight.
 */
import type { TieOptions } from '../options.ts';
import type { TimeWindow } from '../window.ts';
import type { TieColumns } from './buildGraphs.ts';
import type { EngagementTable } from './engagementTable.ts';
import { inChunks } from './pace.ts';

/** Summed weight and count per ordered pair of person numbers (key a · people + b). */
class PairSums {
  private readonly slot = new Map<number, number>();
  readonly a: number[] = [];
  readonly b: number[] = [];
  readonly weight: number[] = [];
  readonly count: number[] = [];
  constructor(private readonly people: number) {}

  add(a: number, b: number, w: number): void {
    const key = a * this.people + b;
    let slot = this.slot.get(key);
    if (slot === undefined) {
      slot = this.a.length;
      this.slot.set(key, slot);
      this.a.push(a);
      this.b.push(b);
      this.weight.push(0);
      this.count.push(0);
    }
    this.weight[slot]! += w;
    this.count[slot]! += 1;
  }
}

export function engagementWeight(table: EngagementTable, i: number, to: number, options: TieOptions): number {
  const kind = table.kind[i]!;
  const kappa = Object.hasOwn(options.kappa, kind) ? options.kappa[kind as keyof TieOptions['kappa']] : 0;
  const seconds = Math.floor((to - table.at[i]!) / 1000);
  const decay = options.halfLifeDays > 0 ? 2 ** ((-1 * seconds) / 86400 / options.halfLifeDays) : 1;
  return (kappa * decay) / (table.start[i + 1]! - table.start[i]! - 1);
}

export async function projectTies(
  table: EngagementTable,
  window: TimeWindow,
  options: TieOptions,
): Promise<{ ties: TieColumns; initiations: TieColumns }> {
  const [from, to] = [window.from.getTime(), window.to.getTime()];
  const ids = table.personIds;
  const ties = new PairSums(ids.length);
  const initiations = new PairSums(ids.length);
  const rank = table.rank;
  await inChunks(table.size, (i) => {
    const [first, end] = [table.start[i]!, table.start[i + 1]!];
    if (table.at[i]! < from || table.at[i]! >= to || end - first < 2) return;
    const w = engagementWeight(table, i, to, options);
    for (let x = first; x < end; x++) {
      const p = table.participant[x]!;
      for (let y = x + 1; y < end; y++) {
        const q = table.participant[y]!;
        if (rank[p]! < rank[q]!) ties.add(p, q, w);
        else ties.add(q, p, w);
      }
      if (!table.initiator[x]) continue;
      for (let y = first; y < end; y++) if (y !== x) initiations.add(p, table.participant[y]!, w);
    }
  });
  return {
    ties: { ids, a: ties.a, b: ties.b, weight: ties.weight, count: ties.count },
    initiations: {
      ids,
      a: initiations.a,
      b: initiations.b,
      weight: initiations.weight,
      count: initiations.count,
    },
  };
}
