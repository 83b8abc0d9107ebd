/**
 * How the explorer learns where the data ends: the window answer's `to` (the start of the day after the newest
 * engagement). Asked for through the smallest unit graph of the 30-day window, which the server keeps warm.
 */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import type { ApiClient } from '../api/client.ts';

/** The data's end as an ISO date (exclusive). */
export async function fetchDataEnd(api: ApiClient, signal?: AbortSignal): Promise<string> {
  const answer = await api.get<GraphAnswer>('/graph', { level: 'unit', window: '30d', limit: '1' }, signal);
  return answer.window.to.slice(0, 10);
}
