// @ts-check
/**
 * Entry of a compute worker thread. Worker threads start without the TypeScript loader of their parent under
 * vitest (which transforms modules itself) and with it under tsx; registering tsx here makes the worker load
 * workerMain.ts the same way under npm start, vitest, the metrics command and the benchmark.
 */
import { register } from 'tsx/esm/api';

register();
await import('./workerMain.ts');
