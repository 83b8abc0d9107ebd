/** The map's layout runner: in a Web Worker where the browser has workers, else on the main thread. */
import { MainThreadLayout, type LayoutRunner } from './layoutRunner.ts';
import { WorkerLayout } from './workerLayout.ts';

export function createLayoutRunner(): LayoutRunner {
  return typeof Worker === 'undefined' ? new MainThreadLayout() : new WorkerLayout();
}
