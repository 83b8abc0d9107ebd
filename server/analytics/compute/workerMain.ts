/**
 * A compute worker thread: its own Neo4j driver (credentials from the HTTP thread), one task at a time. Each
 * family is posted back as soon as it is done. A task told to stop (workerPool.ts) ends its reads at once (its
 * transactions are terminated, so they fail instead of running to the end) and stops computing at its next
 * checkpoint: the start of each step and family, and between blocks of centrality's path searches; it ends
 * once its reads have. The thread lives on with its compiled code, so the next window does not pay for
 * compiling the analytics again.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DerivedGraphs } from '../projection/loadGraphs.ts';
import type { EngineOptions } from '../windowAnalytics.ts';
import { shelveHistories } from '../projection/windowRead.ts';
import { computeFamily, type BaseFamily } from './families.ts';
import { graphsFrom, portableGraphs, transferables } from './graphTransfer.ts';
import { pieceBuffers, toPieces } from './piecewise.ts';
import {
  portableError,
  type RunTask,
  type StopTask,
  type ThreadSetup,
  type WorkerReply,
} from './protocol.ts';
import { TaggedDatabase } from './taggedDatabase.ts';

const setup = workerData as ThreadSetup;
const db = new TaggedDatabase(setup.credentials);
const port = parentPort!;
const post = (reply: WorkerReply) => port.postMessage(reply);

port.on('message', (message: RunTask | StopTask) => {
  if (message.type === 'stop') return void db.endTask(message.id).catch(() => {}); // it stops at a checkpoint then
  run(message)
    .then(
      () => post({ type: 'done', id: message.id }),
      (error: unknown) => post({ type: 'failed', id: message.id, error: portableError(error) }),
    )
    .then(writeChunksKept);
});

/**
 * Chunks to write once the task is answered (engagementChunks.ts): encoding and writing them is work no answer
 * waits for, so it does not compete with the task for this thread and the database.
 */
const chunkWrites: Array<() => Promise<void>> = [];

async function writeChunksKept(): Promise<void> {
  for (let write = chunkWrites.shift(); write; write = chunkWrites.shift()) await write();
}

/** Throws when the task was told to stop (checked where a task can stop cleanly: see the header). */
function checkpoint(id: number): void {
  if (Atomics.load(setup.stopFlag, 0) !== id) return;
  const error = new Error(`analytics/compute: task ${id} stopped, nobody waits for it`);
  error.name = 'AbortError';
  throw error;
}

async function run(task: RunTask): Promise<void> {
  db.tag = { trellisTask: task.id };
  // The history lives on the HTTP thread; a history read here goes there at once (even if the task is then
  // cancelled), and nothing of it stays in this thread after the task.
  shelveHistories(db, {
    dataVersion: task.dataVersion,
    history: task.history,
    roster: task.roster,
    keep: (history) => post({ type: 'history', id: task.id, history }),
    keepChunks: (write) => chunkWrites.push(write),
  });
  try {
    await computeFamilies(task);
  } finally {
    await db.readsEnded(); // a stopped task's reads, terminated or not, are never shared with the next one
    shelveHistories(db, undefined);
  }
}

async function computeFamilies(task: RunTask): Promise<void> {
  let graphs: DerivedGraphs | undefined = task.graphs && (await graphsFrom(task.graphs));
  for (const family of task.families) {
    checkpoint(task.id);
    const timings: Record<string, number> = {};
    const value = await computeFamily(family, {
      db,
      window: task.window,
      network: task.network,
      options: withCheckpoint(setup.options, () => checkpoint(task.id)),
      graphs,
      timings,
      onGraphs: (built) => {
        const portable = portableGraphs(built);
        port.postMessage({ type: 'graphs', id: task.id, graphs: portable }, transferables(portable)); // moved, not copied
      },
      onStep: (step) => {
        checkpoint(task.id);
        post({ type: 'step', id: task.id, step });
      },
    });
    if (family === 'base') graphs = (value as BaseFamily).graphs;
    const pieces = toPieces(family === 'base' ? withoutGraphs(value as BaseFamily) : value);
    const reply: WorkerReply = { type: 'family', id: task.id, timings, family, pieces };
    port.postMessage(reply, pieceBuffers(pieces)); // the pieces move, they are not copied
  }
}

/** The options with the checkpoint that centrality calls between blocks of shortest-path searches. */
function withCheckpoint(options: EngineOptions, check: () => void): EngineOptions {
  return { ...options, centrality: { ...options.centrality, checkpoint: check } };
}

/** The base family without its graphs, which crossed as soon as they were built (onGraphs). */
function withoutGraphs({ graphs: _graphs, ...rest }: BaseFamily): Omit<BaseFamily, 'graphs'> {
  return rest;
}
