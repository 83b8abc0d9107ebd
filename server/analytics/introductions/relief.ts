/**
 * Which of the people a unit hangs on alone a new tie a–b would relieve: a is on the unit's side of the broker's
 * cut and b on a side holding units the broker alone connects it to. The share is the part of the other units
 * whose connection to the unit would no longer run through that broker alone (1 for a broker the unit reaches
 * everyone through).
 */
import type { BrokerSide } from './brokerSides.ts';

export interface Relief {
  broker: string;
  /** The units reached without the broker through the new tie. */
  units: string[];
  share: number;
}

export function relievedBrokers(sides: BrokerSide[], a: string, b: string): Relief[] {
  const out: Relief[] = [];
  for (const side of sides) {
    if (side.broker === a || side.broker === b) continue;
    const pa = side.piece.get(a);
    const pb = side.piece.get(b);
    if (pa === undefined || pb === undefined || !side.unitPieces.has(pa) || side.unitPieces.has(pb)) continue;
    const units = side.reconnects.get(pb);
    if (units) out.push({ broker: side.broker, units, share: units.length / side.otherUnits });
  }
  return out;
}
