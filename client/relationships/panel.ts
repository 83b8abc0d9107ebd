/**
 * The open relationship's panel beside the table: its details (detail.ts) at once and its micro-cycle
 * timeline once GET /api/relationships/timeline answers. Escape or Close closes it (through the state, so
 * Back reopens it), and the focus goes back to the relationship's row.
 */
import { ActionsPanel } from '../actions/actionsPanel.ts';
import { fetchTimeline, type RelationshipRow } from '../api/analytics.ts';
import { asApiError } from '../api/client.ts';
import { el } from '../shell/dom.ts';
import { LatestRequest } from '../shell/viewLifecycle.ts';
import { maySeePeople, roleOf } from '../map/role.ts';
import type { ViewContext } from '../shell/views.ts';
import { renderDetail } from './detail.ts';
import type { Spans } from './spans.ts';
import { relationshipKey } from './query.ts';
import { renderTimeline } from './timeline.ts';

export interface PanelContext {
  context: ViewContext;
  /** Asks for the panel to close (the state forgets the relationship). */
  close(): void;
  /** Focus goes back to a relationship's row after its panel closed. */
  focusRow(key: string): void;
}

export class RelationshipPanel {
  readonly element = el('div', {
    className: 'rel-detail-host',
    attrs: { hidden: true, role: 'region', 'aria-label': 'The open relationship' },
  });
  private openKey: string | null = null;
  private openWindow = '';
  private readonly request = new LatestRequest();
  private readonly actions: ActionsPanel;

  constructor(private readonly panel: PanelContext) {
    const report = panel.context.report.bind(panel.context);
    this.actions = new ActionsPanel({ api: panel.context.api, report }, 'Actions taken and what followed');
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') panel.close();
    });
  }

  /** Shows `row` (null: closes); the timeline covers the dashboard's window. */
  show(row: RelationshipRow | null, window: { key: string; from: string; to: string }, spans: Spans): void {
    const key = row ? relationshipKey(row) : null;
    if (key === this.openKey && window.key === this.openWindow) return;
    const closed = key === null ? this.openKey : null;
    this.openKey = key;
    this.openWindow = window.key;
    this.request.abort();
    this.element.hidden = row === null;
    if (!row) {
      this.element.replaceChildren();
      if (closed) this.panel.focusRow(closed);
      return;
    }
    const parts = renderDetail(row, spans, () => this.panel.close());
    this.element.replaceChildren(parts.element);
    parts.element.focus();
    this.panel.context.announce(`Opened ${row.providerName} to ${row.departmentName}.`);
    void this.loadTimeline(row, parts.timeline, window);
    void this.loadActions(row, parts.element, window.to);
  }

  /** Analysts: the actions taken on the relationship with what followed, and "Mark as taken" for its stage. */
  private async loadActions(row: RelationshipRow, host: HTMLElement, windowEnd: string): Promise<void> {
    if (!maySeePeople(await roleOf(this.panel.context.api)) || !host.isConnected) return;
    host.append(this.actions.element);
    const relationship = { providerId: row.providerId, departmentId: row.departmentId };
    const day = new Date(Date.parse(windowEnd) - 86_400_000).toISOString().slice(0, 10);
    const proposal = {
      kind: 'action' as const,
      metric: 'stage' as const,
      units: [],
      people: [],
      relationship,
    };
    await this.actions.load(relationship, { proposal, day });
  }

  /** Closes without giving the focus back (nothing to show: the dashboard failed). */
  hide(): void {
    this.request.abort();
    this.openKey = null;
    this.element.hidden = true;
    this.element.replaceChildren();
  }

  destroy(): void {
    this.request.abort();
    this.actions.destroy();
  }

  private async loadTimeline(
    row: RelationshipRow,
    host: HTMLElement,
    window: { key: string; from: string; to: string },
  ): Promise<void> {
    const signal = this.request.next();
    const pair = { providerId: row.providerId, departmentId: row.departmentId, window: window.key };
    try {
      const timeline = await fetchTimeline(this.panel.context.api, pair, signal);
      if (signal.aborted) return;
      const width = Math.max(320, Math.floor(host.getBoundingClientRect().width));
      host.replaceChildren(renderTimeline(timeline, { from: window.from, to: window.to, width }));
    } catch (error) {
      if (signal.aborted) return;
      const problem = asApiError(error);
      host.replaceChildren(
        el('p', { className: 'problem', text: `The timeline cannot be shown: ${problem.title}.` }),
      );
      this.panel.context.report(problem);
    }
  }
}
