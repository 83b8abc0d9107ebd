/**
 * The process's one Neo4j driver and the helpers every module uses to run named queries from cypher/:
 * reads through executeRead, writes through executeWrite (the driver retries transient failures).
 */
import neo4j, { type Driver, type ManagedTransaction, type SessionConfig } from 'neo4j-driver';
import { TrellisError } from '../errors.ts';
import { cypher, statements } from './cypherFiles.ts';
import { recordToRow, type Row } from './values.ts';

export interface Credentials {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export class Database {
  readonly driver: Driver;
  readonly name: string | undefined;
  /** Kept for threads that need their own driver (console query workers, window computations); never logged. */
  readonly #credentials: Credentials;

  constructor(credentials: Credentials) {
    this.#credentials = { ...credentials };
    this.driver = neo4j.driver(credentials.uri, neo4j.auth.basic(credentials.user, credentials.password), {
      disableLosslessIntegers: false,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 10_000,
      // The driver's own logging is off: it may print query text and parameters.
    });
    this.name = credentials.database;
  }

  /** Where this database is and how to sign in, for a worker thread's own driver. */
  credentials(): Credentials {
    return { ...this.#credentials };
  }

  session(accessMode: 'READ' | 'WRITE', extra: Partial<SessionConfig> = {}) {
    const defaultAccessMode = accessMode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE;
    return this.driver.session({ database: this.name, defaultAccessMode, ...extra });
  }

  /** Runs the named read query and returns plain rows. */
  async read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.session('READ');
    try {
      return await session.executeRead(async (tx) =>
        (await tx.run(cypher(name), params)).records.map(recordToRow),
      );
    } finally {
      await session.close();
    }
  }

  /** Runs the named write query in its own transaction and returns plain rows. */
  async write(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.writeTransaction(async (tx) => runNamed(tx, name, params));
  }

  /** Runs work in one write transaction: everything in it commits together or not at all. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /** Runs each statement of a multi-statement file (e.g. the schema) in its own auto-commit transaction. */
  async runScript(name: string): Promise<number> {
    const session = this.session('WRITE');
    try {
      const parts = statements(cypher(name));
      for (const statement of parts) await session.run(statement);
      return parts.length;
    } finally {
      await session.close();
    }
  }

  /** Resolves when the database answers, or throws neo4j_unreachable. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.name });
    } catch (error) {
      throw new TrellisError('neo4j_unreachable', (error as Error).message);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** Runs a named query inside an open transaction and returns plain rows. */
export async function runNamed(tx: ManagedTransaction, name: string, params: Record<string, unknown> = {}) {
  return (await tx.run(cypher(name), params)).records.map(recordToRow);
}
