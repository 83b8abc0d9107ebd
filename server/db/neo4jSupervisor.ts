/**
 * Keeps the managed Neo4j alive: when its Java process dies without being asked to, the supervisor says so at
 * once (so requests fail fast instead of waiting on the pool), then starts it again on the same data folder and
 * port (hence the same URI and password) with exponential backoff. When it cannot be brought back after a
 * few attempts it gives up, and the process should exit non-zero so that its own supervisor restarts it.
 */
import type { ManagedNeo4jConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { startManagedNeo4j, type ManagedNeo4j, type StartOptions } from './managedNeo4j.ts';

/** What /api/health reports of the database process. */
export type SupervisedState = 'running' | 'restarting' | 'stopped';

export interface SupervisorHooks {
  /** The database process died: mark it down now. */
  down(): void;
  /** It could not be restarted after every attempt: end the process (non-zero). */
  gaveUp(error: Error): void;
}

export interface SupervisorOptions {
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  hooks: SupervisorHooks;
  /** Start attempts after one death before giving up. */
  attempts?: number;
  /** Wait before the first attempt; doubled after each failure, at most maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A restart that stays up this long forgets earlier failures (a crash loop keeps backing off). */
  stableMs?: number;
  /** Where the start-up's own progress lines go. */
  report?: StartOptions['report'];
}

const DEFAULTS = { attempts: 5, backoffMs: 1_000, maxBackoffMs: 16_000, stableMs: 60_000 };

export class Neo4jSupervisor {
  state: SupervisedState = 'running';
  private failures = 0;
  /** When the running process came up; the first one counts as stable. */
  private upSince = -Infinity;
  private readonly settings: typeof DEFAULTS;

  constructor(
    private readonly config: ManagedNeo4jConfig,
    private current: ManagedNeo4j,
    private readonly options: SupervisorOptions,
  ) {
    this.settings = { ...DEFAULTS, ...definedOnly(options) };
    this.watch(current);
  }

  /** The database process running now (it changes with every restart). */
  get neo4j(): ManagedNeo4j {
    return this.current;
  }

  /** Stops supervising, the database keeps running (shutdown: a Ctrl-C reaches the Java process too). */
  release(): void {
    this.state = 'stopped';
  }

  /** Stops supervising and stops the database cleanly. */
  async stop(): Promise<void> {
    this.state = 'stopped';
    await this.current.stop();
  }

  private watch(neo4j: ManagedNeo4j): void {
    void neo4j.exited.then((code) => {
      if (this.state !== 'running' || neo4j !== this.current) return;
      this.options.hooks.down();
      // A restart that died soon after coming up counts as a failed attempt (a crash loop gives up too).
      this.failures = Date.now() - this.upSince >= this.settings.stableMs ? 0 : this.failures + 1;
      this.options.log.warn({ exitCode: code, port: this.config.boltPort }, 'managed Neo4j exited');
      void this.restart();
    });
  }

  private async restart(): Promise<void> {
    this.state = 'restarting';
    let lastError = new Error('the managed Neo4j kept dying after each restart');
    while (this.failures < this.settings.attempts) {
      const delayMs = Math.min(this.settings.backoffMs * 2 ** this.failures, this.settings.maxBackoffMs);
      const attempt = this.failures + 1;
      this.options.log.warn({ attempt, delayMs, port: this.config.boltPort }, 'restarting managed Neo4j');
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (this.state !== 'restarting') return;
      try {
        const neo4j = await startManagedNeo4j(this.config, { report: this.options.report ?? (() => {}) });
        return await this.adopt(neo4j, attempt);
      } catch (error) {
        lastError = error as Error;
        this.failures += 1;
        this.options.log.warn(
          { attempt, err: { code: (error as { code?: string }).code } },
          'restart failed',
        );
      }
    }
    this.giveUp(lastError);
  }

  private async adopt(neo4j: ManagedNeo4j, attempt: number): Promise<void> {
    if (this.state !== 'restarting') return void (await neo4j.stop()); // stopped while starting
    this.current = neo4j;
    this.upSince = Date.now();
    this.state = 'running';
    this.options.log.info({ attempt, port: this.config.boltPort }, 'managed Neo4j restarted');
    this.watch(neo4j);
  }

  private giveUp(error: Error): void {
    this.state = 'stopped';
    this.options.log.error({ attempts: this.failures }, 'managed Neo4j could not be restarted; giving up');
    this.options.hooks.gaveUp(error);
  }
}

function definedOnly(options: SupervisorOptions): Partial<typeof DEFAULTS> {
  const { attempts, backoffMs, maxBackoffMs, stableMs } = options;
  return Object.fromEntries(
    Object.entries({ attempts, backoffMs, maxBackoffMs, stableMs }).filter(([, v]) => v !== undefined),
  );
}
