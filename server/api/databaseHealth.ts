/**
 * Watches the database so requests never wait on a dead pool: a ping about every second (faster while down),
 * each with its own short deadline. While down, routes that need Neo4j answer 503 at once; when a ping
 * succeeds again, they work again without a restart.
 */
import { cypher } from '../db/cypherFiles.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../log.ts';

const PING_EVERY_MS = 1_000;
const PING_WHILE_DOWN_MS = 250;
const PING_DEADLINE_MS = 1_500;

export class DatabaseHealth {
  up = true;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

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
    this.set(await this.ping());
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.check(), this.up ? PING_EVERY_MS : PING_WHILE_DOWN_MS);
    this.timer.unref();
  }

  private set(up: boolean): void {
    if (up !== this.up) this.log?.warn({ database: up ? 'up' : 'down' }, 'database availability changed');
    this.up = up;
  }

  /** One auto-commit read (never retried by the driver) raced against a deadline. */
  private async ping(): Promise<boolean> {
    const session = this.db.session('READ');
    let deadline: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      deadline = setTimeout(() => resolve(false), PING_DEADLINE_MS);
    });
    const answered = session
      .run(cypher('meta/dataVersion'), {}, { timeout: PING_DEADLINE_MS })
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([answered, late]);
    } finally {
      clearTimeout(deadline);
      void session.close().catch(() => {});
    }
  }
}
