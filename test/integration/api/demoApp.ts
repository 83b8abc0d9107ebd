/** A demo org imported into the test database and the app in front of it, for a whole test file. */
import { afterAll, beforeAll, expect } from 'vitest';
import type { AppDeps } from '../../../server/api/appDeps.ts';
import type { Database } from '../../../server/db/database.ts';
import type { Bundle } from '../../../server/schema/bundle.ts';
import type { GraphAnswer } from '../../../server/schema/graph.ts';
import type { GroundTruth } from '../../../seed/generate.ts';
import type { Size } from '../../../seed/org.ts';
import { connectTestDatabase } from '../../support/db.ts';
import { importDemoOrg } from '../../support/demoOrg.ts';
import { startTestApp, type Caller, type TestApp } from './appHarness.ts';

export interface DemoApp {
  db: Database;
  app: TestApp;
  /** What the generator planted in the org. */
  truth: GroundTruth;
  /** The org as generated (and imported). */
  bundle: Bundle;
}

/** Registers the file's beforeAll/afterAll; the fields are set once beforeAll has run. */
export function useDemoApp(size: Size, seed: number, overrides: Partial<AppDeps> = {}): DemoApp {
  const demo = {} as DemoApp;
  beforeAll(async () => {
    demo.db = await connectTestDatabase();
    const generated = await importDemoOrg(demo.db, size, seed);
    demo.truth = generated.groundTruth;
    demo.bundle = generated.bundle;
    demo.app = await startTestApp(demo.db, overrides);
  });
  afterAll(async () => {
    await demo.app?.close();
    await demo.db?.close();
  });
  return demo;
}

/** GET /api/graph as `as`, which must answer 200. */
export async function graphAnswer(app: TestApp, query: string, as: Caller = 'analyst'): Promise<GraphAnswer> {
  const response = await app.call(`/api/graph?${query}`, { as });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as GraphAnswer;
}
