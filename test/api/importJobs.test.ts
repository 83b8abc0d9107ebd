/**
 * The registry of import jobs (server/api/importJobs.ts) with a hand-moved clock: progress with rate and time
 * left, the end states, random ids, and the bounds (the last 20, an hour after they end; running jobs stay).
 */
import { describe, expect, it } from 'vitest';
import { ImportJobs, type JobProgress } from '../../server/api/importJobs.ts';
import type { ImportAnswer } from '../../server/schema/import.ts';
import type { Problem } from '../../server/schema/problem.ts';

const ANSWER: ImportAnswer = { dryRun: true, valid: true, rows: 3 };
const PROBLEM: Problem = { type: 't', title: 'Failed', status: 500, code: 'import_failed' };

function handClock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** A job whose work the test drives: report progress, then resolve or reject. */
function controlled() {
  let report: (progress: JobProgress) => void = () => {};
  let settle: { resolve: (answer: ImportAnswer) => void; reject: (error: unknown) => void } | undefined;
  const work = (onProgress: (progress: JobProgress) => void) =>
    new Promise<ImportAnswer>((resolve, reject) => {
      report = onProgress;
      settle = { resolve, reject };
    });
  return { work, report: (p: JobProgress) => report(p), settle: () => settle! };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('ImportJobs', () => {
  it('says validating, then rows written of all with the rate and time left, then the answer', async () => {
    const clock = handClock();
    const jobs = new ImportJobs({ clock: clock.now });
    const job = controlled();
    const first = jobs.start(job.work, () => PROBLEM);
    expect(first).toMatchObject({
      state: 'running',
      step: 'validating',
      rowsDone: 0,
      rowsTotal: 0,
      rate: null,
    });
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    job.report({ step: 'units', done: 0, total: 1_000 });
    clock.advance(2_000);
    job.report({ step: 'engagements', done: 400, total: 1_000 });
    expect(jobs.get(first.id)).toMatchObject({
      state: 'running',
      step: 'writing (engagements)',
      rowsDone: 400,
      rowsTotal: 1_000,
      rate: 200,
      etaSeconds: 3,
    });
    job.settle().resolve(ANSWER);
    await settled();
    expect(jobs.get(first.id)).toMatchObject({ state: 'done', step: null, outcome: ANSWER, etaSeconds: 0 });
    expect(jobs.get(first.id)!.problem).toBeUndefined();
  });

  it('says failed with the problem the failure maps to', async () => {
    const jobs = new ImportJobs();
    const job = controlled();
    const seen: unknown[] = [];
    const { id } = jobs.start(job.work, (error) => {
      seen.push(error);
      return PROBLEM;
    });
    const error = new Error('boom');
    job.settle().reject(error);
    await settled();
    expect(seen).toEqual([error]);
    expect(jobs.get(id)).toMatchObject({ state: 'failed', problem: PROBLEM, etaSeconds: null });
    expect(jobs.get(id)!.outcome).toBeUndefined();
  });

  it('tells every change to its listeners', async () => {
    const jobs = new ImportJobs();
    const rows: Array<[string, number]> = [];
    jobs.onUpdate((answer) => rows.push([answer.state, answer.rowsDone]));
    const job = controlled();
    jobs.start(job.work, () => PROBLEM);
    job.report({ step: 'units', done: 1, total: 2 });
    job.report({ step: 'units', done: 2, total: 2 });
    job.settle().resolve(ANSWER);
    await settled();
    expect(rows).toEqual([
      ['running', 1],
      ['running', 2],
      ['done', 2],
    ]);
  });

  it('forgets a finished job an hour after it ended, never a running one', async () => {
    const clock = handClock();
    const jobs = new ImportJobs({ clock: clock.now, keepMs: 3_600_000 });
    const done = controlled();
    const running = controlled();
    const finished = jobs.start(done.work, () => PROBLEM);
    const going = jobs.start(running.work, () => PROBLEM);
    done.settle().resolve(ANSWER);
    await settled();
    clock.advance(3_599_999);
    expect(jobs.get(finished.id)?.state).toBe('done');
    clock.advance(1);
    expect(jobs.get(finished.id)).toBeUndefined();
    clock.advance(10 * 3_600_000);
    expect(jobs.get(going.id)?.state).toBe('running');
  });

  it('keeps the last jobs up to its bound, the oldest finished going first', async () => {
    const jobs = new ImportJobs({ max: 3 });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        jobs.start(
          async () => ANSWER,
          () => PROBLEM,
        ).id,
      );
      await settled();
    }
    expect(ids.map((id) => jobs.get(id)?.state)).toEqual([undefined, undefined, 'done', 'done', 'done']);
    expect(new Set(ids).size).toBe(5);
  });

  it('never drops a running job for the bound', () => {
    const jobs = new ImportJobs({ max: 2 });
    const ids = [controlled(), controlled(), controlled()].map(
      (job) => jobs.start(job.work, () => PROBLEM).id,
    );
    expect(ids.map((id) => jobs.get(id)?.state)).toEqual(['running', 'running', 'running']);
  });
});
