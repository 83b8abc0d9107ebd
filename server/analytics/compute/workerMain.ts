/**
 * A compute worker thread: its own Neo4j driver (credentials from the HTTP thread), one task at a time. Each
 * family is posted back as soon as it is done. Cancelling a task terminates the whole thread (workerPool.ts),
 * which closes its connections; its transactions carry the task id so that they can be found and ended.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DerivedGraphs } from '../projection/loadGraphs.ts';
import { computeFamily, type BaseFamily, type Family, type FamilyValues } from './families.ts';
import { graphsFrom, portableGraphs } from './graphTransfer.ts';
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
  let graphs: DerivedGraphs | undefined = task.graphs && graphsFrom(task.graphs);
  for (const family of task.families) {
    const timings: Record<string, number> = {};
    const value = await computeFamily(family, {
      db,
      window: task.window,
      options: setup.options,
      graphs,
      timings,
      onStep: (step) => post({ type: 'step', id: task.id, step }),
    });
    post({ type: 'family', id: task.id, timings, ...portable(family, value) });
    if (family === 'base') graphs = (value as BaseFamily).graphs;
  }
}

function portable(family: Family, value: FamilyValues[Family]): PortableFamily {
  if (family !== 'base') return { family, value } as PortableFamily;
  const base = value as BaseFamily;
  return { family, value: { ...base, graphs: portableGraphs(base.graphs) } };
}
