/**
 * While a window is on its way, asks the server every POLL_MS where its computation is (GET
 * /api/windows/progress) and hands the step to the status line: "Computing 90 days: projection…". Stops when
 * the signal fires (the answer arrived, or the window was given up for another).
 */
import type { ProgressAnswer } from '../../server/schema/progress.ts';
import type { ApiClient } from '../api/client.ts';

const POLL_MS = 700;

export function watchProgress(
  api: ApiClient,
  window: string,
  signal: AbortSignal,
  show: (step: string | undefined) => void,
): void {
  const poll = async () => {
    while (!signal.aborted) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (signal.aborted) return;
      const progress = await api.get<ProgressAnswer>('/windows/progress', { window }, signal);
      if (signal.aborted) return;
      show(progress.state === 'queued' ? 'waiting for a free slot' : (progress.step ?? undefined));
    }
  };
  poll().catch(() => {}); // progress is a courtesy: the answer itself reports its own errors
}
