/**
 * The units present in the components of the person graph and in the pieces a removal leaves (cutPoints.ts):
 * range counts from unitPresence.ts, the component of each node, and — for pairs that stay connected through
 * another component — which units share some other component with a unit.
 */
import type { DfsForest } from './dfsForest.ts';
import { members, UnitPresence, type UnitSet } from './unitPresence.ts';
import type { Piece } from './unitSeparation.ts';

export interface CountedPiece extends Piece {
  counts: Int32Array;
}

export class ComponentUnits {
  readonly components: number;
  private readonly presence: UnitPresence;
  private readonly root: Int32Array;
  /** Per unit, the roots of the components (of ≥ 2 units) it has members in. */
  private readonly componentsOf: number[][];
  private readonly unitsOf = new Map<number, UnitSet>();
  private readonly componentCounts = new Map<number, Int32Array>();
  private readonly elsewhereCache = new Map<number, UnitSet | null>();

  constructor(
    readonly forest: DfsForest,
    private readonly groupOf: Int32Array,
    private readonly groups: number,
  ) {
    this.presence = new UnitPresence(forest, groupOf, groups);
    this.root = new Int32Array(forest.pre.length);
    this.componentsOf = Array.from({ length: groups }, () => []);
    let components = 0;
    const scratch = new Int32Array(groups);
    for (const v of forest.order) {
      const parent = forest.parent[v]!;
      this.root[v] = parent < 0 ? v : this.root[parent]!;
      if (parent >= 0) continue;
      components++;
      const units = this.presence.setOfRange(forest.pre[v]!, forest.pre[v]! + forest.size[v]!, scratch);
      const present = members(units);
      if (present.length < 2) continue;
      this.unitsOf.set(v, units);
      for (const g of present) this.componentsOf[g]!.push(v);
    }
    this.components = components;
  }

  rootOf(v: number): number {
    return this.root[v]!;
  }

  /** The piece made of the preorder range [from, to). */
  range(from: number, to: number): CountedPiece {
    const counts = this.presence.counts(from, to, new Int32Array(this.groups));
    return { counts, units: this.presence.setOf(counts), size: to - from };
  }

  /** The component of `root` without the `removed` nodes and without the given pieces. */
  rest(root: number, removed: number[], pieces: CountedPiece[]): CountedPiece {
    const counts = this.countsOfComponent(root).slice();
    let size = this.forest.size[root]! - removed.length;
    for (const v of removed) if (this.groupOf[v]! >= 0) counts[this.groupOf[v]!]! -= 1;
    for (const piece of pieces) {
      size -= piece.size;
      for (let g = 0; g < this.groups; g++) counts[g]! -= piece.counts[g]!;
    }
    return { counts, units: this.presence.setOf(counts), size };
  }

  /** Units that share a component other than `root`'s with unit g (null: none). */
  elsewhere(g: number, root: number): UnitSet | null {
    const key = root * this.groups + g;
    if (this.elsewhereCache.has(key)) return this.elsewhereCache.get(key)!;
    let union: UnitSet | null = null;
    for (const other of this.componentsOf[g]!) {
      if (other === root) continue;
      union ??= this.presence.empty();
      const units = this.unitsOf.get(other)!;
      for (let w = 0; w < union.length; w++) union[w]! |= units[w]!;
    }
    this.elsewhereCache.set(key, union);
    return union;
  }

  private countsOfComponent(root: number): Int32Array {
    let counts = this.componentCounts.get(root);
    if (!counts) {
      const from = this.forest.pre[root]!;
      counts = this.presence.counts(from, from + this.forest.size[root]!, new Int32Array(this.groups));
      this.componentCounts.set(root, counts);
    }
    return counts;
  }
}
