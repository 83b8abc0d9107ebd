// @ts-check
/**
 * Entry of the scenario worker thread (what-if, introductions): registers tsx so that workerMain.ts loads the
 * same way under npm start, vitest and the benchmark, as the compute workers do (compute/worker.mjs).
 */
import { register } from 'tsx/esm/api';

register();
await import('./workerMain.ts');
