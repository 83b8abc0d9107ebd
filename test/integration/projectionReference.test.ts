/**
 * The projection built in TypeScript from one read of the window equals today's Cypher aggregation (kept as the
 * reference in cypher/reference/projection/) to 1e-9: person, unit and initiation graphs, micro dyads,
 * relationship periods and feedback, on the tiny fixture, the small engagement org, the NetworkX classic graphs
 * as bundles and the `s` demo orgs, for several windows, half-lives and period lengths. A window sliced from the
 * engagement history a compute worker keeps (engagementHistory.ts) equals the window read on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { writeBundle } from '../../server/import/writeBundle.ts';
import { loadEngagementInputs } from '../../server/analytics/engagement.ts';
import { DEFAULT_TIE_OPTIONS } from '../../server/analytics/options.ts';
import { DEFAULT_PERIOD_OPTIONS } from '../../server/analytics/periods.ts';
import type { EngagementHistory } from '../../server/analytics/projection/engagementHistory.ts';
import { loadGraphs, newestEngagement } from '../../server/analytics/projection/loadGraphs.ts';
import { shelveHistories } from '../../server/analytics/projection/windowRead.ts';
import { resolveWindow, type WindowSpec } from '../../server/analytics/window.ts';
import type { Bundle } from '../../server/schema/bundle.ts';
import { syntheticBundle } from '../support/bundles.ts';
import { classicBundle } from '../support/classicBundle.ts';
import { clearGraph, connectTestDatabase, loadTinyFixture } from '../support/db.ts';
import { importDemoOrg } from '../support/demoOrg.ts';
import {
  dyadsPicture,
  expectSame,
  feedbackPicture,
  graphsPicture,
  historiesPicture,
} from '../support/projectionEquality.ts';
import {
  referenceGraphs,
  referenceMicroDyads,
  referenceRelationshipFeedback,
  referenceRelationshipPeriods,
} from '../support/referenceProjection.ts';
import { smallOrg } from './engagement/bundle.ts';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());

const WINDOWS: WindowSpec[] = ['30d', '90d', '365d', { from: '2025-01-01', to: '2025-12-31' }];
const TIES = [DEFAULT_TIE_OPTIONS, { ...DEFAULT_TIE_OPTIONS, halfLifeDays: 0 }];
const PERIODS = [DEFAULT_PERIOD_OPTIONS, { periodDays: 7, historyPeriods: 20, gapPeriods: 6 }];

let dataVersion = 0;
/** Runs `load` with the windows sliced from one history of all the data, read by the first window that asks. */
async function viaHistory<T>(load: () => Promise<T>): Promise<T> {
  const shelf = {
    dataVersion: ++dataVersion,
    history: undefined as EngagementHistory | undefined,
    keep: (history: EngagementHistory) => (shelf.history = history),
  };
  shelveHistories(db, shelf);
  try {
    return await load();
  } finally {
    shelveHistories(db, undefined);
  }
}

/** Compares every window and option set; returns how many ties, dyads, histories and tallies the reference had. */
async function expectEqualProjections(): Promise<
  Record<'ties' | 'dyads' | 'histories' | 'feedback', number>
> {
  const seen = { ties: 0, dyads: 0, histories: 0, feedback: 0 };
  const newest = await newestEngagement(db);
  for (const spec of WINDOWS) {
    const window = resolveWindow(spec, newest);
    for (const ties of TIES) {
      const [built, reference] = await Promise.all([
        loadGraphs(db, window, ties),
        referenceGraphs(db, window, ties),
      ]);
      expectSame(graphsPicture(built), graphsPicture(reference), `${window.key} h=${ties.halfLifeDays}`);
      const sliced = await viaHistory(() => loadGraphs(db, window, ties));
      expectSame(graphsPicture(sliced), graphsPicture(built), `history ${window.key}`);
      seen.ties += reference.persons.size;
    }
    for (const periods of PERIODS) {
      const inputs = await loadEngagementInputs(db, window, { periods });
      const where = `${window.key} ${periods.periodDays}d×${periods.historyPeriods}`;
      const dyads = await referenceMicroDyads(db, window, periods);
      expectSame(dyadsPicture(inputs.dyads), dyadsPicture(dyads), where);
      const histories = await referenceRelationshipPeriods(db, window, periods);
      expectSame(historiesPicture(inputs.histories), historiesPicture(histories), where);
      seen.dyads += dyads.length;
      seen.histories += histories.length;
      const feedback = await referenceRelationshipFeedback(db, window, periods);
      expectSame(feedbackPicture(inputs.feedback), feedbackPicture(feedback), where);
      const sliced = await viaHistory(() => loadEngagementInputs(db, window, { periods }));
      expectSame(dyadsPicture(sliced.dyads), dyadsPicture(inputs.dyads), `history ${where}`);
      expectSame(historiesPicture(sliced.histories), historiesPicture(inputs.histories), `history ${where}`);
      expectSame(feedbackPicture(sliced.feedback), feedbackPicture(inputs.feedback), `history ${where}`);
      seen.feedback += feedback.length;
    }
  }
  return seen;
}

/** Every data set has ties, dyads and relationships to compare: an empty comparison proves nothing. */
async function expectEqualAndNonEmpty(): Promise<{ feedback: number }> {
  const seen = await expectEqualProjections();
  expect(seen.ties).toBeGreaterThan(0);
  expect(seen.dyads).toBeGreaterThan(0);
  expect(seen.histories).toBeGreaterThan(0);
  return seen;
}

async function importBundle(bundle: Bundle): Promise<void> {
  await clearGraph(db);
  await writeBundle(db, bundle);
}

describe('the one-read projection equals the Cypher reference', () => {
  it('on the tiny fixture', async () => {
    await loadTinyFixture(db);
    await expectEqualAndNonEmpty();
  });

  it('on the small engagement org', async () => {
    await importBundle(smallOrg);
    await expectEqualAndNonEmpty();
  });

  it('on a synthetic chain of one-on-ones', async () => {
    await importBundle(syntheticBundle(40, 600));
    await expectEqualAndNonEmpty();
  });

  it.each(['karate', 'florentine', 'lesmis'])('on the NetworkX %s graph as an org', async (name) => {
    await importBundle(classicBundle(name));
    await expectEqualAndNonEmpty();
  });

  it.each([1, 2])('on the s demo org, seed %i', async (seed) => {
    await importDemoOrg(db, 's', seed);
    expect((await expectEqualAndNonEmpty()).feedback).toBeGreaterThan(0); // the demo org's pulse and maturity answers
  });
});
