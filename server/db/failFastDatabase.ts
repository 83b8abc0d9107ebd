/**
 * A Database whose reads in flight can be failed at once when the database is known to be gone (its process
 * died): the driver would otherwise retry them against a closed port for its whole retry time (10 s) before
 * the caller hears anything. Reads only: they change nothing, so leaving the driver's retry to run out in the
 * background is harmless. Writes keep the driver's own handling, so an answer never says "failed" about a
 * write that a retry then commits.
 */
import { TrellisError } from '../errors.ts';
import { Database } from './database.ts';
import type { Row } from './values.ts';

export class FailFastDatabase extends Database {
  private readonly inFlight = new Set<(error: Error) => void>();

  override read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    let fail: (error: Error) => void = () => {};
    const lost = new Promise<never>((_resolve, reject) => (fail = reject));
    this.inFlight.add(fail);
    return Promise.race([super.read(name, params), lost]).finally(() => this.inFlight.delete(fail));
  }

  /** Fails every read in flight with database_unavailable (503 with Retry-After). */
  failInFlight(): void {
    const error = new TrellisError('database_unavailable', 'The database stopped; try again shortly.');
    for (const fail of this.inFlight) fail(error);
    this.inFlight.clear();
  }
}
