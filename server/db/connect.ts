/**
 * Opens the database Trellis works on: the user's Neo4j when NEO4J_URI is set, otherwise the managed local
 * Neo4j, started here and stopped by close(). Applies the schema before anyone reads or writes.
 */
import type { Neo4jConfig } from '../config.ts';
import { Database } from './database.ts';
import { startManagedNeo4j, type ManagedNeo4j, type StartOptions } from './managedNeo4j.ts';

export interface OpenDatabase {
  db: Database;
  /** Present when Trellis started the database itself. */
  managed?: ManagedNeo4j;
  /** Closes the driver and stops the managed database, if any. */
  close(): Promise<void>;
}

export async function openDatabase(config: Neo4jConfig, options: StartOptions = {}): Promise<OpenDatabase> {
  const managed = config.external ? undefined : await startManagedNeo4j(config.managed, options);
  const credentials = config.external ?? {
    uri: managed!.uri,
    user: managed!.user,
    password: managed!.password,
  };
  const db = new Database(credentials);
  try {
    await db.verify();
    await applySchema(db);
  } catch (error) {
    await db.close();
    await managed?.stop();
    throw error;
  }
  return {
    db,
    managed,
    close: async () => {
      await db.close();
      await managed?.stop();
    },
  };
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
