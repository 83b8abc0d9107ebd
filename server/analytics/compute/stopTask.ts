/**
 * Stopping a compute thread's task without ending the thread (workerPool.ts): the task's id goes into the
 * thread's shared stop flag, read at the task's checkpoints, and a 'stop' message ends its reads (workerMain.ts).
 * The task then fails or finishes, and the thread serves again; one that has not after the grace is terminated.
 */
import type { Worker } from 'node:worker_threads';
import type { StopTask, WorkerReply } from './protocol.ts';

/** How cancelled tasks ended: their thread stopped them and serves on, or it was terminated. */
export interface StopCounts {
  stopped: number;
  terminated: number;
}

export interface StopHandlers {
  graceMs: number;
  /** A history the task read before it stopped (still every engagement of its data version). */
  onHistory(reply: WorkerReply): void;
  /** Called once: the thread stopped the task, or was terminated (or exited). */
  onEnd(how: keyof StopCounts): void;
}

export function stopTask(worker: Worker, id: number, stopFlag: Int32Array, handlers: StopHandlers): void {
  Atomics.store(stopFlag, 0, id);
  worker.postMessage({ type: 'stop', id } satisfies StopTask);
  const grace = setTimeout(() => {
    end('terminated');
    void worker.terminate();
  }, handlers.graceMs);
  grace.unref();
  const onMessage = (reply: WorkerReply) => {
    if (reply.id !== id) return;
    if (reply.type === 'history') handlers.onHistory(reply);
    if (reply.type === 'done' || reply.type === 'failed') end('stopped');
  };
  const onExit = () => end('terminated');
  const end = (how: keyof StopCounts) => {
    clearTimeout(grace);
    worker.off('message', onMessage).off('exit', onExit);
    handlers.onEnd(how);
  };
  worker.on('message', onMessage).once('exit', onExit);
}
