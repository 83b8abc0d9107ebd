/**
 * The servers the rendering benchmark loads the explorer from. Synthetic graphs: the built client behind the
 * real static route and security headers, with `/api/graph` answering a graph of the contract's shape made by
 * the benchmark (no database; the page's token is not checked). The `m` demo org: the real app on a managed
 * Neo4j of the benchmark's own, with the org imported and a token per role.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { securityHeaders } from '../server/api/app.ts';
import { serveExplorer } from '../server/api/static.ts';
import { CLIENT_DIST } from '../server/explorer/build.ts';
import { importData } from '../server/import/importer.ts';
import { rawFromBundle } from '../server/import/rawBundle.ts';
import { generateOrg } from '../seed/generate.ts';
import { startTestApp, type TestApp } from '../test/integration/api/appHarness.ts';
import { startBenchDatabase, type BenchDatabase } from './support.ts';

export interface SyntheticServer {
  base: string;
  /** The JSON `/api/graph` answers from now on: always the same, or chosen by the query. */
  answer(json: string | ((query: URLSearchParams) => string)): void;
  close(): Promise<void>;
}

export async function startSyntheticServer(): Promise<SyntheticServer> {
  let body: (query: URLSearchParams) => string = () => '{}';
  const app = express();
  app.use(securityHeaders());
  app.get('/api/graph', (req, res) => {
    const query = new URL(req.originalUrl, 'http://bench').searchParams;
    res.type('application/json').send(body(query));
  });
  app.use(serveExplorer(CLIENT_DIST));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer: (json) => void (body = typeof json === 'string' ? () => json : json),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface OrgServer {
  app: TestApp;
  database: BenchDatabase;
  close(): Promise<void>;
}

/** The real app with the `m` demo org (seed 42) imported into a fresh managed Neo4j. */
export async function startOrgServer(): Promise<OrgServer> {
  const database = await startBenchDatabase(4096);
  const { bundle } = generateOrg({ size: 'm', seed: 42 });
  const outcome = await importData(database.db, { raw: rawFromBundle(bundle, 'demo-m'), issues: [] });
  if (outcome.status !== 'imported') throw new Error('the m demo org did not import');
  const app = await startTestApp(database.db, { explorerDir: CLIENT_DIST });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
