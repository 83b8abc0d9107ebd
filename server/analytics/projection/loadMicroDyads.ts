/**
 * Loads the one-on-one micro engagements per dyad in a window (cypher/projection/microDyads.cypher): meetings
 * and transactions with exactly two participants, aggregated per pair of people in the database.
 */
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { toDateTime } from '../../db/values.ts';
import { ENGAGEMENT_KINDS } from '../../schema/bundle.ts';
import { DEFAULT_PERIOD_OPTIONS, historyStart, type PeriodOptions } from '../periods.ts';
import type { TimeWindow } from '../window.ts';

const count = z.number().int().min(0);

export const dyadRow = z.object({
  /** Person ids, a < b. */
  a: z.string(),
  b: z.string(),
  /** Each person's top-level unit. */
  unitA: z.string(),
  unitB: z.string(),
  /** First one-on-one of the pair in the history horizon (epoch ms). */
  firstAt: z.number(),
  /** Engagement times in the window (epoch ms), in no particular order. */
  times: z.array(z.number()),
  count: count,
  durationMin: z.number().min(0),
  negotiated: count,
  initiatedByA: count,
  initiatedByB: count,
  kept: count,
  late: count,
  missed: count,
  /** Open or agreed promises not yet due at the window end: not counted as kept or broken. */
  pending: count,
  /** Days from each engagement to its dated delivery. */
  cycleDays: z.array(z.number()),
  sentimentSum: z.number(),
  sentimentCount: count,
});
export type DyadRow = z.infer<typeof dyadRow>;

export const MICRO_KINDS = ['meeting', 'transaction'] as const;

export interface MicroDyadOptions extends PeriodOptions {
  /** Engagement kinds of the micro cycle. Default meeting and transaction (DESIGN §3.4). */
  kinds?: ReadonlyArray<(typeof ENGAGEMENT_KINDS)[number]>;
}

export async function loadMicroDyads(
  db: Database,
  window: TimeWindow,
  options: MicroDyadOptions = DEFAULT_PERIOD_OPTIONS,
): Promise<DyadRow[]> {
  const rows = await db.read('projection/microDyads', {
    since: toDateTime(historyStart(window, options)),
    from: toDateTime(window.from),
    to: toDateTime(window.to),
    kinds: [...(options.kinds ?? MICRO_KINDS)],
  });
  return z.array(dyadRow).parse(rows);
}
