/**
 * Runs a long projection loop in chunks and gives the event loop a turn between them, so the thread it runs on
 * (the HTTP thread or a worker) keeps answering while a large window is built. The loop body stays synchronous:
 * no promise per step.
 */
const CHUNK = 8_192;

export async function inChunks(size: number, step: (index: number) => void, chunk = CHUNK): Promise<void> {
  for (let start = 0; start < size; start += chunk) {
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const end = Math.min(size, start + chunk);
    for (let index = start; index < end; index++) step(index);
  }
}
