/**
 * While a window is on its way, asks the server every POLL_MS where its computation is (GET
 * /api/windows/progress) and hands the step to the status line: "Computing 90 days: projection…". Stops when
 * the signal fires (the answer arrived, or the window was given up for another). The survey network's window
 * is a computation of its own: its progress is asked with network=survey.
 */
import type { ProgressAnswer } from '../../server/schema/progress.ts';
import type { ApiClient } from '../api/client.ts';
import type { ExplorerState } from '../state/state.ts';

const POLL_MS = 700;

export function watchProgress(
  api: ApiClient,
  { window, network }: Pick<ExplorerState, 'window' | 'network'>,
  signal: AbortSignal,
  show: (step: string | undefined) => void,
): void {
  const poll = async () => {
    while (!signal.aborted) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (signal.aborted) return;
      const query = { window, network: network === 'survey' ? network : undefined };
      const progress = await api.get<ProgressAnswer>('/windows/progress', query, signal);
      if (signal.aborted) return;
      show(progress.state === 'queued' ? 'waiting for a free slot' : (progress.step ?? undefined));
    }
  };
  poll().catch(() => {}); // progress is a courtesy: the answer itself reports its own errors
}
