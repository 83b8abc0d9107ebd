/** Loads the initiatives with what they realised by the window end (cypher/projection/initiativeProgress.cypher). */
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { toDateTime } from '../../db/values.ts';
import type { InitiativeProgress } from '../value/index.ts';
import type { TimeWindow } from '../window.ts';

const initiativeProgress = z.object({
  id: z.string(),
  providerId: z.string(),
  departmentId: z.string(),
  name: z.string(),
  startedAt: z.string(),
  plannedBenefit: z.number(),
  unit: z.string(),
  realised: z.number(),
});

export async function loadInitiatives(db: Database, window: TimeWindow): Promise<InitiativeProgress[]> {
  const rows = await db.read('projection/initiativeProgress', { to: toDateTime(window.to) });
  return z.array(initiativeProgress).parse(rows);
}
