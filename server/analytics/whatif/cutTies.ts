/**
 * The unit ties a removal cuts: ties of the unit graph (every unit, sub-units too, as the unit map draws them)
 * that no person tie holds up any more. The map dashes exactly these; `disconnected` says what they mean for
 * the top-level units, and a tie between two units still joined by other people is not cut.
 */
import type { UnitGraph } from '../graphs.ts';

export function cutTies(before: UnitGraph, after: UnitGraph): Array<[string, string]> {
  const cut: Array<[string, string]> = [];
  before.forEachEdge((_edge, _attributes, a, b) => {
    if (a === b) return;
    if (after.hasNode(a) && after.hasNode(b) && after.hasEdge(a, b)) return;
    cut.push(a < b ? [a, b] : [b, a]);
  });
  return cut.sort((x, y) => x.join().localeCompare(y.join()));
}
