/**
 * The BRM assignments in force at a window's end (cypher/projection/graphBrmAssignments.cypher). The graphs and
 * the BRM role health of a window load together and share one read: a read in flight is handed to every caller
 * for the same end, and forgotten once it settles (nothing outlives the window that asked, as in windowRead.ts).
 */
import type { Database } from '../../db/database.ts';
import { toDateTime } from '../../db/values.ts';
import type { BrmAssignment } from '../graphs.ts';

const inFlight = new WeakMap<Database, Map<number, Promise<BrmAssignment[]>>>();

export function readBrmAssignments(db: Database, to: Date): Promise<BrmAssignment[]> {
  let reads = inFlight.get(db);
  if (!reads) inFlight.set(db, (reads = new Map()));
  const shared = reads.get(to.getTime());
  if (shared) return shared;
  const read = db.read('projection/graphBrmAssignments', { to: toDateTime(to) });
  const assignments = read as unknown as Promise<BrmAssignment[]>;
  const forget = () => reads.delete(to.getTime());
  assignments.then(forget, forget);
  reads.set(to.getTime(), assignments);
  return assignments;
}
