/** The explorer's graph from `GET /api/graph` (contract: server/schema/graph.ts), asked for the current state. */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import type { ExplorerState } from '../state/state.ts';
import type { ApiClient, QueryParams } from './client.ts';

/** The most nodes one answer may hold (the contract's limit); larger orgs say they were cut. */
export const GRAPH_PAGE_LIMIT = 20_000;

export function graphParams(state: ExplorerState): QueryParams {
  const list = (values: string[]) => (values.length ? values.join(',') : undefined);
  return {
    level: state.level,
    // Only when asked: the behavioural map's requests (and cached answers) stay as they were.
    network: state.network === 'survey' ? 'survey' : undefined,
    window: state.window,
    unitKinds: list(state.unitKinds),
    units: list(state.units),
    roles: state.level === 'person' ? list(state.roles) : undefined,
    minWeight: state.minWeight > 0 ? String(state.minWeight) : undefined,
    limit: String(GRAPH_PAGE_LIMIT),
  };
}

export function fetchGraph(api: ApiClient, state: ExplorerState, signal?: AbortSignal): Promise<GraphAnswer> {
  return api.get<GraphAnswer>('/graph', graphParams(state), signal);
}

/** The state fields that change which graph is fetched (the rest only change how it is drawn). */
export function graphKey(state: ExplorerState): string {
  return JSON.stringify(graphParams(state));
}
