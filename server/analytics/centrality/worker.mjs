/**
 * Worker thread for pool.ts, kept between runs: each run first sends its shared CSR arrays and source list, then
 * the blocks to compute with the same kernel as the main thread, reusing one workspace per run.
 */
import { parentPort } from 'node:worker_threads';
import { computeBlock, createWorkspace } from './kernel.mjs';

/** @import { KernelTask } from './kernel.mjs' */
/** @import { KernelCsr, Workspace } from './workspace.mjs' */
/** @typedef {{ type: 'inputs', csr: KernelCsr, sources: Int32Array }} RunInputs what pool.ts posts first */
/** @typedef {KernelTask & { type: 'block', block: number, from: number, to: number }} BlockTask then these */

const port = parentPort;
if (!port) throw new Error('centrality/worker: must run as a worker thread (pool.ts)');
/** @type {{ csr: KernelCsr, sources: Int32Array, workspace: Workspace } | undefined} */
let run;

port.on('message', (/** @type {RunInputs | BlockTask} */ message) => {
  if (message.type === 'inputs') {
    run = { csr: message.csr, sources: message.sources, workspace: createWorkspace(message.csr) };
    return;
  }
  if (!run) throw new Error('centrality/worker: a block arrived before its inputs');
  const result = computeBlock(run.csr, message, run.sources, message.from, message.to, run.workspace);
  port.postMessage({ block: message.block, result }, [result.buffer]);
});
