/**
 * Which unit pairs a removal disconnects. A unit reaches another when some member reaches some member. After
 * removing a person (or a tie), their component falls into pieces; the pair (A, B) is cut when no piece holds
 * members of both and no other component does either. A unit whose only member in the component was the
 * removed person is not counted: its absence is not a disconnection.
 *
 * Compactly: every cut pair has a unit that is absent from the largest piece ("confined" to the small pieces),
 * so only confined units are walked; units with the same set of partners are reported together as
 * { units, cutFrom }: each of `units` is cut from each of `cutFrom`.
 */
import { has, members, type UnitSet } from './unitPresence.ts';

export interface Piece {
  units: UnitSet;
  /** People in the piece. */
  size: number;
}

export interface UnitSeparation<Unit = string> {
  groups: Array<{ units: Unit[]; cutFrom: Unit[] }>;
  /** Distinct unordered unit pairs cut. */
  unitPairs: number;
  /** People outside the largest remaining piece: cut off from the bulk of their component. */
  peopleCutOff: number;
}

/** `elsewhere(g)`: units sharing some other component with unit g (those pairs stay connected). Units by index. */
export function separate(pieces: Piece[], elsewhere: (g: number) => UnitSet | null): UnitSeparation<number> {
  const largest = pieces.reduce((best, piece, k) => (piece.size > pieces[best]!.size ? k : best), 0);
  const words = pieces[0]!.units.length;
  const present = new Uint32Array(words);
  for (const piece of pieces) for (let w = 0; w < words; w++) present[w]! |= piece.units[w]!;
  const confined = present.map((bits, w) => bits & ~pieces[largest]!.units[w]!);
  const byPartners = new Map<string, { units: number[]; partners: number[] }>();
  let unitPairs = 0;
  for (const b of members(confined)) {
    const partners = present.slice();
    for (const piece of pieces) {
      if (has(piece.units, b)) for (let w = 0; w < words; w++) partners[w]! &= ~piece.units[w]!;
    }
    const other = elsewhere(b);
    if (other) for (let w = 0; w < words; w++) partners[w]! &= ~other[w]!;
    const list = members(partners);
    if (list.length === 0) continue;
    unitPairs += list.filter((a) => !has(confined, a) || a > b).length;
    const key = partners.join(',');
    const group = byPartners.get(key);
    if (group) group.units.push(b);
    else byPartners.set(key, { units: [b], partners: list });
  }
  const total = pieces.reduce((sum, piece) => sum + piece.size, 0);
  return {
    groups: [...byPartners.values()].map((group) => ({ units: group.units, cutFrom: group.partners })),
    unitPairs,
    peopleCutOff: total - pieces[largest]!.size,
  };
}

/** The separation with unit names (sorted) instead of indices. */
export function named(separation: UnitSeparation<number>, labels: ReadonlyArray<string>): UnitSeparation {
  const names = (units: number[]) => units.map((g) => labels[g]!).sort();
  return {
    ...separation,
    groups: separation.groups.map((g) => ({ units: names(g.units), cutFrom: names(g.cutFrom) })),
  };
}

/** The unit pairs of a separation, each as [a, b] with a < b, sorted. */
export function separatedPairs(separation: Pick<UnitSeparation, 'groups'>): Array<[string, string]> {
  const pairs = new Set<string>();
  for (const { units, cutFrom } of separation.groups) {
    for (const a of units) for (const b of cutFrom) pairs.add(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  }
  return [...pairs].sort().map((pair) => pair.split('\u0000') as [string, string]);
}

/** Whether the separation disconnects units a and b. */
export function separates(separation: Pick<UnitSeparation, 'groups'>, a: string, b: string): boolean {
  return separation.groups.some(
    (g) => (g.units.includes(a) && g.cutFrom.includes(b)) || (g.units.includes(b) && g.cutFrom.includes(a)),
  );
}
