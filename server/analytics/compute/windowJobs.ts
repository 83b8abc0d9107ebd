/**
 * The windows kept on the HTTP thread, per (data version, window): least recently used first out, but never
 * one that is computing or awaited. An import bumps the data version, so old windows simply age out.
 */
import type { TimeWindow } from '../window.ts';
import type { WindowJob } from './windowJob.ts';
import type { NetworkKind } from '../../schema/survey.ts';

export class WindowJobs {
  private readonly jobs = new Map<string, WindowJob>();

  constructor(private readonly capacity: number) {}

  get(dataVersion: number, window: TimeWindow, create: () => WindowJob, network?: NetworkKind): WindowJob {
    const key = keyOf(dataVersion, window, network);
    const job = this.jobs.get(key) ?? create();
    this.jobs.delete(key);
    this.jobs.set(key, job);
    this.evict();
    return job;
  }

  peek(dataVersion: number, window: TimeWindow, network?: NetworkKind): WindowJob | undefined {
    return this.jobs.get(keyOf(dataVersion, window, network));
  }

  /**
   * Forgets the windows of every other data version: once the data has changed they are never served again, and
   * an erasure must leave no computed answer holding what it erased. A computation still running finishes for
   * those who wait on it.
   */
  keepOnly(dataVersion: number): void {
    for (const key of this.jobs.keys()) if (!key.startsWith(`${dataVersion}|`)) this.jobs.delete(key);
  }

  private evict(): void {
    for (const [key, job] of this.jobs) {
      if (this.jobs.size <= this.capacity) return;
      if (job.state === 'idle' && job.waiters.size === 0) this.jobs.delete(key);
    }
  }
}

/** A length-named window resolves to dates; the dates (not the name) say what is computed. */
function keyOf(dataVersion: number, window: TimeWindow, network: NetworkKind = 'behaviour'): string {
  const key = `${dataVersion}|${window.from.toISOString()}|${window.to.toISOString()}`;
  return network === 'behaviour' ? key : `${key}|${network}`;
}
