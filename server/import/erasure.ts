/**
 * Erasure and retention (SECURITY 21). A person is forgotten all or nothing, in one write transaction with the
 * data version's bump, so every cached answer of the version before is dropped with it (the engine and the answer
 * cache keep only the current version), and every engagement chunk deleted with it (the projection's stored
 * slots may hold the person). Retention removes engagements and feedback older than a cut-off in batches; each
 * batch is whole, and a run stopped halfway is finished by the next; its last transaction deletes the chunks.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { runNamed, type Database } from '../db/database.ts';
import { toDateTime, toInteger } from '../db/values.ts';

export interface Forgotten {
  found: boolean;
  /** Feedback the person gave, removed with them. */
  feedback: number;
  /** Engagements that joined fewer than two people once the person was gone. */
  engagements: number;
  /** Survey answers the person gave or was named in (DETACH DELETE takes them with the person). */
  surveyTies: number;
}

export async function forgetPerson(db: Database, personId: string): Promise<Forgotten> {
  return db.writeTransaction(async (tx) => {
    // the actions marked taken lose the person first (their notes; the links go with the person)
    await runNamed(tx, 'erasure/forgetPersonActions', { personId });
    const [row] = await runNamed(tx, 'erasure/forgetPerson', { personId });
    const found = Number(row?.found ?? 0) === 1;
    if (found) await newVersionWithoutChunks(tx);
    const count = (field: string) => Number(row?.[field] ?? 0);
    return {
      found,
      feedback: count('feedback'),
      engagements: count('engagements'),
      surveyTies: count('surveyTies'),
    };
  });
}

const RETENTION_BATCH = 10_000;

/** Removes engagements and feedback from before `before`; answers how many of each went. */
export async function dropBefore(
  db: Database,
  before: Date,
): Promise<{ engagements: number; feedback: number }> {
  const removed = { engagements: 0, feedback: 0 };
  for (;;) {
    const [row] = await db.write('erasure/dropOldEngagements', {
      before: toDateTime(before),
      batch: toInteger(RETENTION_BATCH),
    });
    const batch = { engagements: Number(row?.engagements ?? 0), feedback: Number(row?.feedback ?? 0) };
    removed.engagements += batch.engagements;
    removed.feedback += batch.feedback;
    if (batch.engagements === 0 && batch.feedback === 0) break;
  }
  if (removed.engagements + removed.feedback > 0) await db.writeTransaction(newVersionWithoutChunks);
  return removed;
}

/** The data version's bump (its lock first), and no engagement chunk left that could hold what went. */
async function newVersionWithoutChunks(tx: ManagedTransaction): Promise<void> {
  await runNamed(tx, 'import/bumpDataVersion');
  await runNamed(tx, 'erasure/dropChunks');
}

/** The retention cut-off: the same day `months` months before `now`. */
export function retentionCutoff(months: number, now = new Date()): Date {
  const cut = new Date(now);
  cut.setUTCMonth(cut.getUTCMonth() - months);
  return cut;
}
