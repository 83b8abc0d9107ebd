/**
 * The 30-day slots of engagements an import touches (chunkCodec.ts), recorded with the data version it makes
 * (cypher/import/recordChange.cypher) so that the engagement chunks of every other slot stay current. Null when
 * it changes an engagement that exists already — its time before the import is not at hand — which retires
 * every chunk, as a version bumped without a record does.
 */
import { slotOf } from '../analytics/projection/chunkCodec.ts';
import type { Bundle } from '../schema/bundle.ts';
import type { Fresh } from './stagedSteps.ts';

export function touchedSlots(bundle: Bundle, fresh: Fresh): number[] | null {
  const changesOld =
    bundle.engagements.some((row) => !fresh.engagements.has(row.id)) ||
    bundle.participants.some((row) => !fresh.engagements.has(row.engagementId));
  if (changesOld) return null;
  return [...new Set(bundle.engagements.map((row) => slotOf(Date.parse(row.at))))];
}
