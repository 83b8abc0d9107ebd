/**
 * Lets a long projection loop give the event loop a turn: every `every` steps the loop awaits a macrotask, so
 * the thread it runs on (the HTTP thread or a worker) keeps answering while a large window is built.
 */
const EVERY = 8_192;

export function paced(every = EVERY): (step: number) => Promise<void> | undefined {
  return (step) =>
    step % every === every - 1 ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined;
}
