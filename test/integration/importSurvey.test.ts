/**
 * Survey answers (issue 13 item 4) import beside the tiny org as (:Person)-[:SAYS {question, at, weight}]->
 * (:Person), never as engagements: from a JSON bundle and a CSV folder alike, in staged batches when a person
 * at one end is new, the same answer twice changing nothing, and bad rows reported by file, line and field
 * with nothing written.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { importData, readImportSource } from '../../server/import/importer.ts';
import { connectTestDatabase, graphFingerprint, loadTinyFixture, rawRows } from '../support/db.ts';

const SURVEY = fileURLToPath(new URL('../fixtures/survey/', import.meta.url));

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());
beforeEach(async () => loadTinyFixture(db));

async function imported(source: string, batchSize?: number) {
  const outcome = await importData(db, readImportSource(path.join(SURVEY, source)), { batchSize });
  if (outcome.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(outcome)}`);
  return outcome;
}

const saysRows = () =>
  rawRows(
    db,
    'MATCH (p:Person)-[s:SAYS]->(q:Person) RETURN p.id AS from, q.id AS to, s.question AS question, ' +
      'toString(s.at) AS at, s.weight AS weight ORDER BY from, to, question',
  );

describe('survey import', () => {
  it('writes each answer as a SAYS tie with its question, time and weight (1 when left out)', async () => {
    const engagementsBefore = await rawRows(db, 'MATCH (e:Engagement) RETURN count(e) AS n');
    const outcome = await imported('survey.json', 2); // batches of two: staged (Eve is new) and final
    expect(outcome.summary.surveyTies.created).toBe(5);
    const advice = 'Whom do you go to for advice on IT?';
    expect(await saysRows()).toEqual([
      { from: 'p-ana', to: 'p-chen', question: 'Who energises you?', at: '2026-05-04T09:00:00Z', weight: 1 },
      { from: 'p-ana', to: 'p-chen', question: advice, at: '2026-05-04T09:00:00Z', weight: 2 },
      { from: 'p-ben', to: 'p-chen', question: advice, at: '2026-05-04T09:00:00Z', weight: 1 },
      { from: 'p-chen', to: 'p-eve', question: advice, at: '2026-05-04T09:00:00Z', weight: 0.5 },
      { from: 'p-eve', to: 'p-chen', question: advice, at: '2026-05-04T09:00:00Z', weight: 1 },
    ]);
    expect(await rawRows(db, 'MATCH (e:Engagement) RETURN count(e) AS n')).toEqual(engagementsBefore);
  });

  it('gives the same graph from the CSV folder, and a second import changes nothing', async () => {
    await imported('survey.json');
    const fromJson = await graphFingerprint(db);
    await loadTinyFixture(db);
    await imported('survey-csv');
    expect(await graphFingerprint(db)).toEqual(fromJson);
    const again = await imported('survey-csv');
    expect(again.summary.surveyTies).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect(await graphFingerprint(db)).toEqual(fromJson);
  });

  it('reports every bad answer with file, line and field, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const outcome = await importData(db, readImportSource(path.join(SURVEY, 'bad-csv')));
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    expect(outcome.issues.map((i) => `${i.file}:${i.line} ${i.field}`).sort()).toEqual([
      'surveyTies.csv:3 alterId', // names themselves
      'surveyTies.csv:4 weight', // 0
      'surveyTies.csv:5 alterId', // unknown person
      'surveyTies.csv:6 at',
      'surveyTies.csv:7 alterId', // the same answer as line 2
    ]);
    const reason = (line: number) => outcome.issues.find((i) => i.line === line)?.reason;
    expect(reason(3)).toContain('does not name themselves');
    expect(reason(5)).toContain("unknown person 'p-nobody'");
    expect(reason(7)).toContain('duplicate');
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
