/**
 * The unit pairs a removal cuts apart: pairs connected before and not after (`noPath`: they lose every path),
 * and pairs still connected whose direct ties all went with the removed people (`noDirectTie`: every tie
 * between them ran through someone removed). A unit with no member left is gone, not disconnected.
 */
import { pairOf, type UnitLinks } from './unitLinks.ts';

export type DisconnectionReason = 'noPath' | 'noDirectTie';

export interface Disconnection {
  units: [string, string];
  reason: DisconnectionReason;
  /** Person ties between the two units before the removal. */
  tiesBefore: number;
}

export function disconnections(before: UnitLinks, after: UnitLinks): Disconnection[] {
  const out: Disconnection[] = [];
  const stays = ([a, b]: [string, string]) => after.present.has(a) && after.present.has(b);
  for (const key of before.connected) {
    const units = pairOf(key);
    if (after.connected.has(key) || !stays(units)) continue;
    out.push({ units, reason: 'noPath', tiesBefore: before.direct.get(key) ?? 0 });
  }
  for (const [key, ties] of before.direct) {
    const units = pairOf(key);
    if (after.direct.has(key) || !after.connected.has(key)) continue;
    out.push({ units, reason: 'noDirectTie', tiesBefore: ties });
  }
  return out.sort(
    (x, y) =>
      Number(x.reason !== 'noPath') - Number(y.reason !== 'noPath') ||
      y.tiesBefore - x.tiesBefore ||
      x.units.join().localeCompare(y.units.join()),
  );
}
