/**
 * Global setup of the integration tests: a real Neo4j for the whole run. With NEO4J_URI set, that server is
 * used (its data will be cleared by the tests!); otherwise the managed Neo4j is started on a free port with a
 * temporary data folder, exactly as Trellis starts it, and removed afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startManagedNeo4j } from '../../server/db/managedNeo4j.ts';
import { freePort } from '../../server/db/ports.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Data folder of the managed database (absent for an external server). */
  home?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject) {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  if (NEO4J_URI) {
    project.provide('neo4j', {
      uri: NEO4J_URI,
      user: NEO4J_USER ?? 'neo4j',
      password: NEO4J_PASSWORD ?? '',
      database: NEO4J_DATABASE,
    });
    return;
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-test-neo4j-'));
  const started = Date.now();
  const managed = await startManagedNeo4j({
    home,
    boltPort: await freePort(),
    heapMb: 2048,
    pageCacheMb: 256,
    startTimeoutMs: 600_000,
  });
  process.stderr.write(
    `Test Neo4j up at ${managed.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  project.provide('neo4j', { uri: managed.uri, user: managed.user, password: managed.password, home });
  return async () => {
    await managed.stop();
    fs.rmSync(home, { recursive: true, force: true });
  };
}
