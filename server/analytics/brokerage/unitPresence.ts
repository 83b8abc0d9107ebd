/**
 * Which units have members in a part of the DFS forest. Every subtree and every component is a contiguous
 * preorder range (dfsForest.ts), so a unit's member count in a range is two binary searches in the unit's sorted
 * preorder numbers; small ranges are simply walked. Unit sets are bitsets (Uint32Array, one bit per unit).
 */
import type { DfsForest } from './dfsForest.ts';

export type UnitSet = Uint32Array;

export class UnitPresence {
  readonly words: number;
  private readonly offsets: Int32Array;
  private readonly preorders: Int32Array;

  constructor(
    private readonly forest: DfsForest,
    private readonly groupOf: Int32Array,
    readonly groups: number,
  ) {
    this.words = Math.max(1, Math.ceil(groups / 32));
    this.offsets = new Int32Array(groups + 1);
    for (const g of groupOf) if (g >= 0) this.offsets[g + 1]! += 1;
    for (let g = 0; g < groups; g++) this.offsets[g + 1]! += this.offsets[g]!;
    this.preorders = new Int32Array(this.offsets[groups]!);
    const cursor = this.offsets.slice(0, groups);
    // walking nodes in preorder keeps each unit's list sorted
    for (const v of forest.order)
      if (groupOf[v]! >= 0) this.preorders[cursor[groupOf[v]!]!++] = forest.pre[v]!;
  }

  /** Members per unit in the preorder range [from, to), written into `out` (length = groups). */
  counts(from: number, to: number, out: Int32Array): Int32Array {
    out.fill(0);
    if (to - from <= this.groups * 4) {
      for (let k = from; k < to; k++) {
        const g = this.groupOf[this.forest.order[k]!]!;
        if (g >= 0) out[g]! += 1;
      }
      return out;
    }
    for (let g = 0; g < this.groups; g++) {
      const [lo, hi] = [this.offsets[g]!, this.offsets[g + 1]!];
      out[g] = lowerBound(this.preorders, lo, hi, to) - lowerBound(this.preorders, lo, hi, from);
    }
    return out;
  }

  /** The units with members in [from, to); small ranges are walked without a count array. */
  setOfRange(from: number, to: number, scratch: Int32Array): UnitSet {
    if (to - from > this.groups) return this.setOf(this.counts(from, to, scratch));
    const set = this.empty();
    for (let k = from; k < to; k++) {
      const g = this.groupOf[this.forest.order[k]!]!;
      if (g >= 0) set[g >>> 5]! |= 1 << (g & 31);
    }
    return set;
  }

  empty(): UnitSet {
    return new Uint32Array(this.words);
  }

  /** The units with a positive count. */
  setOf(counts: Int32Array): UnitSet {
    const set = this.empty();
    for (let g = 0; g < this.groups; g++) if (counts[g]! > 0) set[g >>> 5]! |= 1 << (g & 31);
    return set;
  }
}

export function has(set: UnitSet, g: number): boolean {
  return (set[g >>> 5]! & (1 << (g & 31))) !== 0;
}

export function members(set: UnitSet): number[] {
  const out: number[] = [];
  for (let w = 0; w < set.length; w++) {
    for (let bits = set[w]!; bits !== 0; bits &= bits - 1) out.push(w * 32 + (31 - Math.clz32(bits & -bits)));
  }
  return out;
}

function lowerBound(values: Int32Array, lo: number, hi: number, target: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
