/**
 * The compute worker's database: reads carry transaction metadata naming the task, so that the transactions of
 * a cancelled computation can be found (SHOW TRANSACTIONS) and ended (TERMINATE TRANSACTIONS): `endTask`.
 */
import { cypher } from '../../db/cypherFiles.ts';
import { Database } from '../../db/database.ts';
import { recordToRow, type Row } from '../../db/values.ts';

export class TaggedDatabase extends Database {
  tag: Record<string, number | string> = {};
  /** Reads not ended yet: a task ends only once its reads have (readsEnded). */
  readonly #running = new Set<Promise<Row[]>>();

  override read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const reading = this.#readTagged(name, params);
    this.#running.add(reading);
    const ended = () => this.#running.delete(reading);
    reading.then(ended, ended);
    return reading;
  }

  /**
   * Resolves once every read started so far has ended: answered, failed or terminated by endTask. A stopped
   * task may leave reads in flight that no one awaits; a read shared in flight (brmAssignments.ts,
   * windowRead.ts) must not be handed to the thread's next task and then fail there as terminated.
   */
  async readsEnded(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled(this.#running);
  }

  async #readTagged(name: string, params: Record<string, unknown>): Promise<Row[]> {
    const session = this.session('READ');
    try {
      return await session.executeRead(
        async (tx) => (await tx.run(cypher(name), params)).records.map(recordToRow),
        { metadata: this.tag },
      );
    } finally {
      await session.close();
    }
  }

  /** Ends the task's transactions still running: their reads fail now instead of running to the end. */
  async endTask(task: number): Promise<void> {
    const session = this.session('WRITE');
    try {
      await session.run(cypher('compute/endTask'), { task });
    } finally {
      await session.close();
    }
  }
}
