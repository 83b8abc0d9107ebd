/**
 * Loads the one-on-one micro engagements per dyad in a window: meetings and transactions with exactly two
 * participants, per pair of people, built in TypeScript (projectMicroDyads.ts) from the window's one read.
 */
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ENGAGEMENT_KINDS } from '../../schema/bundle.ts';
import { DEFAULT_PERIOD_OPTIONS, historyStart, type PeriodOptions } from '../periods.ts';
import type { TimeWindow } from '../window.ts';
import { projectMicroDyads } from './projectMicroDyads.ts';
import { personFacts } from './roster.ts';
import { readStart, readWindow } from './windowRead.ts';

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
  const read = await readWindow(db, readStart(window, options), window.to.getTime());
  return projectMicroDyads(read.table, personFacts(read.roster, read.table.personIds), window, {
    since: historyStart(window, options),
    kinds: options.kinds ?? MICRO_KINDS,
  });
}
