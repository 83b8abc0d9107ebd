/**
 * Worker thread for pool.ts: receives the shared CSR arrays and the source list once (workerData), then
 * computes the blocks it is sent with the same kernel as the main thread, reusing one workspace.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { computeBlock, createWorkspace } from './kernel.mjs';

/** @import { KernelTask } from './kernel.mjs' */
/** @import { KernelCsr } from './workspace.mjs' */
/** @typedef {KernelTask & { block: number, from: number, to: number }} BlockTask what pool.ts posts */

const port = parentPort;
if (!port) throw new Error('centrality/worker: must run as a worker thread (pool.ts)');
const { csr, sources } = /** @type {{ csr: KernelCsr, sources: Int32Array }} */ (workerData);
const workspace = createWorkspace(csr);

port.on('message', (/** @type {BlockTask} */ task) => {
  const result = computeBlock(csr, task, sources, task.from, task.to, workspace);
  port.postMessage({ block: task.block, result }, [result.buffer]);
});
