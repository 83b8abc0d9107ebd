// @ts-check
/**
 * Entry of the console query worker (queryWorker.ts): started with an empty execArgv, it loads the
 * TypeScript through tsx's scoped import, so it runs the same under `npm start`, vitest and the bench.
 */
import { tsImport } from 'tsx/esm/api';

await tsImport('./queryWorker.ts', import.meta.url);
