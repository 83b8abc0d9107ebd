/**
 * Opens the database Trellis works on: the user's Neo4j when NEO4J_URI is set, otherwise the managed local
 * Neo4j (started here and stopped by close(), or the one another Trellis process already runs on the same
 * data folder). Applies the schema before anyone reads or writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ManagedNeo4jConfig, Neo4jConfig } from '../config.ts';
import { Database, type Credentials } from './database.ts';
import { FailFastDatabase } from './failFastDatabase.ts';
import {
  readOrCreatePassword,
  startManagedNeo4j,
  type ManagedNeo4j,
  type StartOptions,
} from './managedNeo4j.ts';
import { Neo4jSupervisor, type SupervisorOptions } from './neo4jSupervisor.ts';
import { portAnswers } from './ports.ts';

export interface OpenDatabase {
  db: FailFastDatabase;
  /** Present when Trellis started the database itself. */
  managed?: ManagedNeo4j;
  /** Present when Trellis started the database itself and was asked to keep it alive. */
  supervisor?: Neo4jSupervisor;
  /** Closes the driver and stops the managed database, if any. */
  close(): Promise<void>;
}

export interface OpenOptions extends StartOptions {
  /** Restart the managed Neo4j when it dies (the service); one-shot commands leave it be. */
  supervise?: Omit<SupervisorOptions, 'report'>;
}

export async function openDatabase(config: Neo4jConfig, options: OpenOptions = {}): Promise<OpenDatabase> {
  const running = config.external ? undefined : await runningManagedNeo4j(config.managed);
  const managed = config.external || running ? undefined : await startManagedNeo4j(config.managed, options);
  const credentials = config.external ??
    running ?? { uri: managed!.uri, user: managed!.user, password: managed!.password };
  const db = new FailFastDatabase(credentials);
  try {
    await db.verify();
    await applySchema(db);
  } catch (error) {
    await db.close();
    await managed?.stop();
    throw error;
  }
  const supervisor = managed && options.supervise && supervise(config.managed, managed, db, options);
  return {
    db,
    managed,
    supervisor,
    close: async () => {
      await db.close();
      await (supervisor ?? managed)?.stop();
    },
  };
}

/** Reads in flight fail the moment the process dies, before the caller's own hook runs. */
function supervise(
  config: ManagedNeo4jConfig,
  managed: ManagedNeo4j,
  db: FailFastDatabase,
  options: OpenOptions,
): Neo4jSupervisor {
  const given = options.supervise!;
  const down = () => (db.failInFlight(), given.hooks.down());
  return new Neo4jSupervisor(config, managed, {
    ...given,
    report: options.report,
    hooks: { ...given.hooks, down },
  });
}

/**
 * The managed Neo4j another Trellis process (e.g. `npm start`) already runs on this data folder, if any: a
 * command-line import or metrics run then works on it instead of failing on the locked store.
 */
async function runningManagedNeo4j(config: ManagedNeo4jConfig): Promise<Credentials | undefined> {
  const passwordFile = path.join(config.home, 'trellis-password');
  if (!fs.existsSync(passwordFile) || !(await portAnswers(config.boltPort))) return undefined;
  const credentials = {
    uri: `bolt://127.0.0.1:${config.boltPort}`,
    user: 'neo4j',
    password: readOrCreatePassword(config.home),
  };
  const probe = new Database(credentials);
  try {
    await probe.verify();
    return credentials;
  } catch {
    return undefined;
  } finally {
    await probe.close();
  }
}

/** Creates the constraints and indexes of cypher/schema.cypher (idempotent) and waits until they are online. */
export async function applySchema(db: Database): Promise<void> {
  await db.runScript('schema');
  const session = db.session('WRITE');
  try {
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
