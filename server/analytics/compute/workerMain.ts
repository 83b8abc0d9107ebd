/**
 * A compute worker thread: its own Neo4j driver (credentials from the HTTP thread), one task at a time. Each
 * family is posted back as soon as it is done. Cancelling a task terminates the whole thread (workerPool.ts),
 * which closes its connections; its transactions carry the task id so that they can be found and ended.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DerivedGraphs } from '../projection/loadGraphs.ts';
import { shelveHistories } from '../projection/windowRead.ts';
import { computeFamily, type BaseFamily, type Family, type FamilyValues } from './families.ts';
import { graphsFrom, portableGraphs, transferables } from './graphTransfer.ts';
import { pieceBuffers, toPieces } from './piecewise.ts';
import {
  portableError,
  type PortableFamily,
  type RunTask,
  type WorkerReply,
  type WorkerSetup,
} from './protocol.ts';
import { TaggedDatabase } from './taggedDatabase.ts';

const setup = workerData as WorkerSetup;
const db = new TaggedDatabase(setup.credentials);
const port = parentPort!;
const post = (reply: WorkerReply) => port.postMessage(reply);

port.on('message', (task: RunTask) => {
  run(task).then(
    () => post({ type: 'done', id: task.id }),
    (error: unknown) => post({ type: 'failed', id: task.id, error: portableError(error) }),
  );
});

async function run(task: RunTask): Promise<void> {
  db.tag = { trellisTask: task.id };
  // The history lives on the HTTP thread; a history read here goes there at once (even if the task is then
  // cancelled), and nothing of it stays in this thread after the task.
  shelveHistories(db, {
    dataVersion: task.dataVersion,
    history: task.history,
    keep: (history) => post({ type: 'history', id: task.id, history }),
  });
  try {
    await computeFamilies(task);
  } finally {
    shelveHistories(db, undefined);
  }
}

async function computeFamilies(task: RunTask): Promise<void> {
  let graphs: DerivedGraphs | undefined = task.graphs && (await graphsFrom(task.graphs));
  for (const family of task.families) {
    const timings: Record<string, number> = {};
    const value = await computeFamily(family, {
      db,
      window: task.window,
      network: task.network,
      options: setup.options,
      graphs,
      timings,
      onStep: (step) => post({ type: 'step', id: task.id, step }),
    });
    if (family === 'base') graphs = (value as BaseFamily).graphs;
    const portable = portableFamily(family, value);
    const reply: WorkerReply = { type: 'family', id: task.id, timings, ...portable };
    port.postMessage(reply, transfers(portable)); // the pieces and the edge columns move, they are not copied
  }
}

function portableFamily(family: Family, value: FamilyValues[Family]): PortableFamily {
  if (family !== 'base') return { family, pieces: toPieces(value) };
  const { graphs, ...rest } = value as BaseFamily;
  return { family, pieces: toPieces(rest), graphs: portableGraphs(graphs) };
}

function transfers(portable: PortableFamily): ArrayBuffer[] {
  return [...pieceBuffers(portable.pieces), ...(portable.graphs ? transferables(portable.graphs) : [])];
}
