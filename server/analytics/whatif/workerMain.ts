/**
 * The scenario worker thread: keeps the graphs of the last window it was sent and answers one what-if or
 * introductions question at a time on them, so that none of it runs on the HTTP thread.
 */
import { parentPort } from 'node:worker_threads';
import { graphsFrom } from '../compute/graphTransfer.ts';
import { portableError } from '../compute/protocol.ts';
import { introductions } from '../introductions/index.ts';
import type { SiloGraphs } from '../silos/index.ts';
import { whatIf } from './whatIf.ts';
import type { ScenarioDrop, ScenarioMessage, ScenarioReply, ScenarioTask } from './workerProtocol.ts';

const port = parentPort!;
let held: { key: string; dataVersion: number; graphs: SiloGraphs } | undefined;

port.on('message', (message: ScenarioMessage) => {
  if ('keepOnly' in message) return port.postMessage(drop(message));
  const task = message;
  answer(task).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage({ id: task.id, ok: false, error: portableError(error) }),
  );
});

async function answer(task: ScenarioTask): Promise<ScenarioReply> {
  if (task.graphs) {
    held = undefined; // the old window's graphs go before the new ones are built
    held = { key: task.graphsKey, dataVersion: task.dataVersion, graphs: await graphsFrom(task.graphs) };
  }
  if (held?.key !== task.graphsKey) return { id: task.id, ok: false, missingGraphs: true };
  const { job } = task;
  const result =
    job.kind === 'whatif'
      ? await whatIf(held.graphs, job.input)
      : introductions(held.graphs, job.unit, job.options);
  return { id: task.id, ok: true, result };
}

/** The graphs of another data version go (their baselines, kept per graph, go with them). */
function drop(message: ScenarioDrop): ScenarioReply {
  if (held && held.dataVersion !== message.keepOnly) held = undefined;
  return { id: message.id, ok: true, holds: held?.key ?? null };
}
