/**
 * The demo org's planted advice hub (seed/survey.ts): named for advice by many, engaged like anyone else. The
 * survey network of the default window ranks them first by strength and by in-degree; the behavioural network
 * of the same window does not put them near the top — the two networks are kept apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine, type WindowAnalytics } from '../../server/analytics/engine.ts';
import type { Database } from '../../server/db/database.ts';
import type { GeneratedOrg } from '../../seed/generate.ts';
import { connectTestDatabase } from '../support/db.ts';
import { importDemoOrg } from '../support/demoOrg.ts';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());

/** Person ids from the strongest down. */
function byStrength(analytics: WindowAnalytics): string[] {
  const strength = analytics.people.strength!;
  return Object.keys(strength).sort((a, b) => (strength[b] ?? 0) - (strength[a] ?? 0) || (a < b ? -1 : 1));
}

describe.each([
  ['s', 1],
  ['s', 2],
] as const)('the advice hub of %s seed %i', (size, seed) => {
  let org: GeneratedOrg;
  let said: WindowAnalytics;
  let done: WindowAnalytics;
  beforeAll(async () => {
    org = await importDemoOrg(db, size, seed);
    // An engine per org: each import starts the cleared graph at the same data version.
    const engine = new AnalyticsEngine(db);
    said = await engine.forWindow('90d', { network: 'survey' });
    done = await engine.forWindow('90d');
    await engine.close();
  });

  it('is the most central person of what people say', () => {
    const hub = org.groundTruth.adviceHub.personId;
    expect(said.networkKind).toBe('survey');
    expect(byStrength(said)[0]).toBe(hub);
    const named = said.graphs.initiations.inDegree(hub);
    said.graphs.initiations.forEachNode((person) => {
      if (person !== hub) expect(said.graphs.initiations.inDegree(person)).toBeLessThan(named);
    });
  });

  it('is not a hub of what people do, and neither network holds the other’s ties', () => {
    const hub = org.groundTruth.adviceHub.personId;
    expect(done.networkKind).toBe('behaviour');
    expect(byStrength(done).indexOf(hub)).toBeGreaterThanOrEqual(10);
    const answers = org.bundle.surveyTies.length;
    let surveyAnswers = 0;
    said.graphs.persons.forEachEdge((_e, tie) => (surveyAnswers += tie.engagements));
    expect(surveyAnswers).toBe(answers); // every answer, and nothing else
    expect(done.graphs.persons.size).not.toBe(said.graphs.persons.size);
  });
});
