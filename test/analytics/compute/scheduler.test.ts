/**
 * The window scheduler with a pool whose tasks finish when the test says so: sharing, the concurrency bound,
 * newest first, cancellation when nobody waits, the per-token bound and the warm-up giving way. The worker
 * threads themselves are exercised against the real Neo4j in test/integration/windowScheduler.test.ts.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Family } from '../../../server/analytics/compute/families.ts';
import { portableGraphs } from '../../../server/analytics/compute/graphTransfer.ts';
import { toPieces } from '../../../server/analytics/compute/piecewise.ts';
import type { DerivedGraphs } from '../../../server/analytics/projection/loadGraphs.ts';
import type { RunTask, WorkerReply } from '../../../server/analytics/compute/protocol.ts';
import {
  WindowScheduler,
  type Demand,
  type SchedulerLimits,
} from '../../../server/analytics/compute/scheduler.ts';
import { WindowJob } from '../../../server/analytics/compute/windowJob.ts';
import type { TaskRun } from '../../../server/analytics/compute/workerPool.ts';
import { TrellisError } from '../../../server/errors.ts';
import { until } from '../../support/until.ts';

interface FakeTask {
  task: Omit<RunTask, 'type' | 'id'>;
  cancelled: boolean;
  /** Delivers every family of the task and ends it. */
  finish(): Promise<void>;
}

/** `completed()` counts the tasks the scheduler has seen finish: `finish()` waits for its own to be counted. */
function fakePool(completed: () => number) {
  const tasks: FakeTask[] = [];
  let nextId = 1;
  const pool = {
    run(task: Omit<RunTask, 'type' | 'id'>, onReply: (reply: WorkerReply) => void): TaskRun {
      const id = nextId++;
      let resolve = () => {};
      const done = new Promise<void>((r) => (resolve = r));
      const fake: FakeTask = {
        task,
        cancelled: false,
        finish: async () => {
          const before = completed();
          for (const family of task.families) for (const reply of replies(id, family)) onReply(reply);
          resolve();
          await until(() => completed() > before); // the families are applied in turns of the event loop
        },
      };
      tasks.push(fake);
      return { id, done, thread: undefined, cancel: () => ((fake.cancelled = true), resolve()) };
    },
  };
  return { pool, tasks, running: () => tasks.filter((t) => !t.cancelled) };
}

/** A scheduler over a fake pool whose tasks finish when the test says so. */
function fakeScheduler(limits: SchedulerLimits) {
  const fake = fakePool(() => scheduler.counts.completed);
  const scheduler = new WindowScheduler(fake.pool, limits);
  return { ...fake, scheduler };
}

/** What a worker posts for a family: the base family's graphs go ahead of it. */
function replies(id: number, family: Family): WorkerReply[] {
  const arrival: WorkerReply = { type: 'family', id, timings: {}, family, pieces: toPieces({}) };
  if (family !== 'base') return [{ ...arrival, pieces: toPieces({ notes: [] }) }];
  const graphs = portableGraphs({
    persons: new UndirectedGraph(),
    units: new UndirectedGraph(),
    initiations: new DirectedGraph(),
    brmAssignments: [],
  } as unknown as DerivedGraphs);
  return [{ type: 'graphs', id, graphs }, arrival];
}

let day = 0;
const job = () => {
  day++;
  const window = { key: `${day}d`, from: new Date(0), to: new Date(day * 86_400_000) };
  return new WindowJob(window, 1);
};
const ask = (token: string, extra: Partial<Demand> = {}): Demand => ({
  families: ['base', 'network'],
  token,
  priority: 'request',
  bounded: true,
  ...extra,
});
/** How a demand ends, observed from the start (a rejection is never left unhandled). */
const outcome = (scheduler: WindowScheduler, window: WindowJob, demand: Demand) =>
  scheduler.demand(window, demand).then(
    () => 'resolved',
    (error: Error) => (error instanceof TrellisError ? error.code : error.name),
  );

describe('WindowScheduler', () => {
  it('shares one task between requests for the same window', async () => {
    const { scheduler, tasks } = fakeScheduler({ concurrency: 1, windowsPerToken: 3 });
    const window = job();
    const answers = [outcome(scheduler, window, ask('a')), outcome(scheduler, window, ask('b'))];
    await tasks[0]!.finish();
    expect(await Promise.all(answers)).toEqual(['resolved', 'resolved']);
    expect(tasks).toHaveLength(1);
    expect(scheduler.counts).toMatchObject({ started: 1, completed: 1 });
  });

  it('runs at most `concurrency` tasks and then the newest waiting window first', async () => {
    const { scheduler, tasks } = fakeScheduler({ concurrency: 1, windowsPerToken: 10 });
    const [first, older, newer] = [job(), job(), job()];
    const answers = [first, older, newer].map((w) => outcome(scheduler, w, ask('a')));
    expect(tasks.map((t) => t.task.window.key)).toEqual([first.window.key]);
    await tasks[0]!.finish();
    expect(tasks.map((t) => t.task.window.key)).toEqual([first, newer].map((w) => w.window.key));
    await tasks[1]!.finish();
    await tasks[2]!.finish();
    expect(await Promise.all(answers)).toEqual(['resolved', 'resolved', 'resolved']);
  });

  it('cancels a running task when every request for it has gone, and a queued one without starting it', async () => {
    const { scheduler, tasks } = fakeScheduler({ concurrency: 1, windowsPerToken: 10 });
    const [running, queued, last] = [job(), job(), job()];
    const aborts = [new AbortController(), new AbortController(), new AbortController()];
    const answers = [running, queued].map((w, i) =>
      outcome(scheduler, w, ask('a', { signal: aborts[i]!.signal })),
    );
    const shared = outcome(scheduler, running, ask('b', { signal: aborts[2]!.signal }));
    aborts[0]!.abort();
    expect(tasks[0]!.cancelled).toBe(false); // b still waits for it
    aborts[2]!.abort();
    expect(tasks[0]!.cancelled).toBe(true);
    expect(tasks[1]!.task.window.key).toBe(queued.window.key); // the freed slot goes to the queue
    aborts[1]!.abort();
    expect(tasks[1]!.cancelled).toBe(true);
    const after = outcome(scheduler, last, ask('a'));
    expect(tasks.map((t) => t.task.window.key)).toEqual([running, queued, last].map((w) => w.window.key));
    await tasks[2]!.finish();
    expect(await Promise.all([...answers, shared, after])).toEqual([
      'AbortError',
      'AbortError',
      'AbortError',
      'resolved',
    ]);
    expect(scheduler.counts).toMatchObject({ started: 3, cancelled: 2, completed: 1 });
  });

  it("drops a token's oldest waiting window past its bound, never the newest nor another token's", async () => {
    const { scheduler, tasks } = fakeScheduler({ concurrency: 1, windowsPerToken: 2 });
    const windows = [job(), job(), job(), job()];
    const other = outcome(scheduler, windows[1]!, ask('b'));
    const mine = windows.map((w) => outcome(scheduler, w, ask('a')));
    for (let i = 0; i < 4; i++) await tasks[i]?.finish();
    // b's window 1 runs; a's queued window 0 gives way to a's window 2, which gives way to a's window 3.
    expect(await Promise.all(mine)).toEqual(['rate_limited', 'resolved', 'rate_limited', 'resolved']);
    expect(await other).toBe('resolved');
    expect(scheduler.counts.dropped).toBe(2);
  });

  it('lets a request take the slot of a running warm-up task, which queues again and finishes later', async () => {
    const { scheduler, tasks, running } = fakeScheduler({ concurrency: 1, windowsPerToken: 3 });
    const [warm, wanted] = [job(), job()];
    const warmed = outcome(scheduler, warm, ask('warm-up', { priority: 'warm' }));
    const answered = outcome(scheduler, wanted, ask('a'));
    expect(tasks[0]!.cancelled).toBe(true);
    expect(running().map((t) => t.task.window.key)).toEqual([wanted.window.key]);
    await running()[0]!.finish();
    await running().at(-1)!.finish();
    expect(await Promise.all([answered, warmed])).toEqual(['resolved', 'resolved']);
  });

  it('computes only the families asked for, and later ones from the graphs already there', async () => {
    const { scheduler, tasks } = fakeScheduler({ concurrency: 1, windowsPerToken: 3 });
    const window = job();
    const first = outcome(scheduler, window, ask('a', { families: ['base'] }));
    await tasks[0]!.finish();
    const second = outcome(scheduler, window, ask('a', { families: ['base', 'network', 'people'] }));
    await tasks[1]!.finish();
    expect(await Promise.all([first, second])).toEqual(['resolved', 'resolved']);
    expect(tasks.map((t) => [t.task.families, Boolean(t.task.graphs)])).toEqual([
      [['base'], false],
      [['network', 'people'], true],
    ]);
  });
});
