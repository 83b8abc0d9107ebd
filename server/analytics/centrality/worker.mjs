/**
 * Worker thread for pool.ts: receives the shared CSR arrays and the source list once (workerData), then
 * computes the blocks it is sent with the same kernel as the main thread, reusing one workspace.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { computeBlock, createWorkspace } from './kernel.mjs';

const { csr, sources } = workerData;
const workspace = createWorkspace(csr);

parentPort.on('message', (task) => {
  const result = computeBlock(csr, task, sources, task.from, task.to, workspace);
  parentPort.postMessage({ block: task.block, result }, [result.buffer]);
});
