/** Loads the business–provider relationships (cypher/projection/servesRelationships.cypher). */
import { z } from 'zod';
import type { Database } from '../../db/database.ts';

export const servesRelationship = z.object({
  providerId: z.string(),
  departmentId: z.string(),
  purpose: z.string(),
  /** ISO date. */
  since: z.string(),
  targetMaturity: z.number().int().min(1).max(5),
});
export type ServesRelationship = z.infer<typeof servesRelationship>;

export async function loadServes(db: Database): Promise<ServesRelationship[]> {
  return z.array(servesRelationship).parse(await db.read('projection/servesRelationships'));
}
