/**
 * Watches the database so requests never wait on a dead pool. A ping about every second (every 250 ms while
 * down) sends the cheapest query there is, and its verdict follows what the database said, not how fast:
 * - it answered: up at once (recovery needs no restart and waits for nothing else);
 * - the driver says the database is gone (refused, unavailable, session expired): down at once;
 * - no answer yet: slow, which is no outage (our own computations may be keeping it busy); only a database that
 *   has answered no ping for HANG_MS is declared down, as hung.
 * A deadline that fires while the event loop was busy first lets the I/O that waited behind it run, so a
 * stalled loop is never taken for a silent database.
 */
import { cypher } from '../db/cypherFiles.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { classifyFailure } from './failures.ts';

const PING_EVERY_MS = 1_000;
const PING_WHILE_DOWN_MS = 250;
const PING_DEADLINE_MS = 1_500;
const HANG_MS = 20_000;

export type PingVerdict = 'answered' | 'gone' | 'silent';

export class DatabaseHealth {
  up = true;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** When the first of the pings that have gone unanswered since the last answer was sent. */
  private silentSince: number | undefined;

  constructor(
    private readonly db: Database,
    private readonly log?: Logger,
  ) {}

  /** Pings at once, then keeps pinging until stop(). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.check();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** A request saw the database fail: stop sending requests until a ping succeeds. */
  markDown(): void {
    this.set(false);
  }

  private async check(): Promise<void> {
    const sent = performance.now();
    this.judge(await pingDatabase(this.db), sent);
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.check(), this.up ? PING_EVERY_MS : PING_WHILE_DOWN_MS);
    this.timer.unref();
  }

  private judge(verdict: PingVerdict, sent: number): void {
    if (verdict === 'answered') {
      this.silentSince = undefined;
      this.set(true);
    } else if (verdict === 'gone') {
      this.silentSince = undefined;
      this.set(false);
    } else {
      this.silentSince ??= sent;
      if (performance.now() - this.silentSince >= HANG_MS) this.set(false);
    }
  }

  private set(up: boolean): void {
    if (up !== this.up) this.log?.warn({ database: up ? 'up' : 'down' }, 'database availability changed');
    this.up = up;
  }
}

/** One auto-commit read (never retried by the driver), judged by what the database said within the deadline. */
export async function pingDatabase(db: Database, deadlineMs = PING_DEADLINE_MS): Promise<PingVerdict> {
  const session = db.session('READ');
  let verdict: PingVerdict | undefined;
  const answered = session
    .run(cypher('meta/ping'), {}, { timeout: deadlineMs })
    .then(() => (verdict = 'answered'))
    .catch((error: unknown) => (verdict = isGone(error) ? 'gone' : 'silent'));
  let deadline: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    deadline = setTimeout(resolve, deadlineMs);
  });
  try {
    await Promise.race([answered, late]);
    // I/O that arrived while the loop was busy runs before the check phase: give it that turn.
    if (verdict === undefined) await new Promise((resolve) => setImmediate(resolve));
    return verdict ?? 'silent';
  } finally {
    clearTimeout(deadline);
    void answered.finally(() => session.close().catch(() => {}));
  }
}

function isGone(error: unknown): boolean {
  return classifyFailure(error)?.code === 'database_unavailable';
}
