/**
 * The actions taken on a relationship or a unit (GET /api/actions, analysts), loaded into a section: the
 * relationship's panel and the relationships dashboard show what was done and what followed.
 */
import type { ActionsAnswer } from '../../server/schema/actions.ts';
import { asApiError, type ApiClient, type ApiError, type QueryParams } from '../api/client.ts';
import { el } from '../shell/dom.ts';
import { renderActions } from './actionList.ts';
import { markTakenControl, type Proposal } from './markTaken.ts';

export interface ActionsPanelDeps {
  api: ApiClient;
  report(problem: ApiError): void;
}

export class ActionsPanel {
  readonly element = el('section', {
    className: 'actions-panel',
    attrs: { 'aria-live': 'polite', 'aria-label': 'Actions taken' },
  });
  private pending: AbortController | undefined;

  constructor(
    private readonly deps: ActionsPanelDeps,
    private readonly title: string,
  ) {}

  /** With `offer`, a "Mark as taken" for the proposal (taken on `day` unless changed), which reloads the list. */
  async load(filter: QueryParams, offer?: { proposal: Proposal; day: string }): Promise<void> {
    this.pending?.abort();
    const request = (this.pending = new AbortController());
    this.element.replaceChildren(
      el('h3', { text: this.title }),
      el('p', { className: 'muted', text: 'Measuring what followed…' }),
    );
    try {
      const answer = await this.deps.api.get<ActionsAnswer>('/actions', filter, request.signal);
      if (request.signal.aborted) return;
      const empty = 'No action marked taken yet.';
      const recorded = () => void this.load(filter, offer);
      this.element.replaceChildren(
        el('h3', { text: this.title }),
        ...renderActions(answer, empty),
        offer ? markTakenControl({ ...this.deps, recorded }, offer.proposal, offer.day) : '',
      );
    } catch (error) {
      if (request.signal.aborted) return;
      this.element.replaceChildren();
      this.deps.report(asApiError(error));
    }
  }

  destroy(): void {
    this.pending?.abort();
  }
}
