/**
 * The relationships dashboard, for BRMs: every business–provider relationship with purpose, maturity against
 * target, trust, stage and its macro cycle, sortable and filterable; a click opens the relationship's
 * micro-cycle timeline beside it. State (window, sort, filters, open relationship) lives in the URL; the data
 * is GET /api/relationships and GET /api/relationships/timeline.
 */
import { actionsDetails } from '../actions/actionsDetails.ts';
import { fetchRelationships, type RelationshipsAnswer } from '../api/analytics.ts';
import { asApiError } from '../api/client.ts';
import { el } from '../shell/dom.ts';
import { ViewLifecycle } from '../shell/viewLifecycle.ts';
import type { ExplorerView, MountedView, ViewContext } from '../shell/views.ts';
import type { ExplorerState, RelationshipSortKey } from '../state/state.ts';
import { RelationshipFilters } from './filters.ts';
import { filterRelationships, formatSort, parseSort, relationshipKey, sortRelationships } from './query.ts';
import { spanDates, spanEnd } from './spans.ts';
import { RelationshipPanel } from './panel.ts';
import { RelationshipTable } from './table.ts';
import { BrmRolesPanel } from './brmRoles.ts';

export const relationshipsView: ExplorerView = {
  id: 'relationships',
  title: 'Relationships',
  mount: (host, context) => new RelationshipsView(host, context),
};

class RelationshipsView implements MountedView {
  private readonly filters: RelationshipFilters;
  private readonly table: RelationshipTable;
  private readonly status = el('p', { className: 'rel-status muted' });
  private readonly roles: BrmRolesPanel;
  private readonly panel: RelationshipPanel;
  private readonly life = new ViewLifecycle<ExplorerState>(() => this.panel.destroy());
  private answer: RelationshipsAnswer | undefined;
  private loadedWindow = '';

  constructor(
    host: HTMLElement,
    private readonly context: ViewContext,
  ) {
    const change = (patch: Partial<ExplorerState>) => context.store.update(patch);
    this.filters = new RelationshipFilters(change);
    this.table = new RelationshipTable({
      open: (row) => change({ relationship: [row.providerId, row.departmentId] }),
      sort: (key) => change({ relSort: nextSort(context.store.state.relSort, key) }),
    });
    this.roles = new BrmRolesPanel({ api: context.api, report: (problem) => context.report(problem) });
    this.panel = new RelationshipPanel({
      context,
      close: () => change({ relationship: [] }),
      focusRow: (key) => this.table.focus(key),
    });
    host.append(
      el('section', { className: 'rel-view' }, [
        this.filters.element,
        el('div', { className: 'rel-body' }, [
          el('div', { className: 'rel-list' }, [this.status, this.roles.element, this.table.element]),
          this.panel.element,
        ]),
      ]),
    );
    this.life.follow(context.store, (state) => this.onState(state));
    const report = context.report.bind(context);
    void actionsDetails({ api: context.api, report }).then((details) => {
      if (details) this.status.after(details);
    });
  }

  unmount(): void {
    this.life.unmount();
  }

  private onState(state: ExplorerState): void {
    this.filters.update(state, this.answer?.relationships ?? []);
    if (state.window !== this.loadedWindow) return void this.load(state);
    if (!this.answer) return;
    this.render(state);
  }

  private async load(state: ExplorerState): Promise<void> {
    this.loadedWindow = state.window;
    const signal = this.life.requests.next();
    this.status.textContent = 'Loading the relationships…';
    void this.roles.load(state.window, signal);
    try {
      const answer = await fetchRelationships(this.context.api, state.window, signal);
      if (signal.aborted) return;
      this.context.clearReport();
      this.answer = answer;
      this.filters.update(state, answer.relationships);
      this.render(this.context.store.state);
    } catch (error) {
      if (signal.aborted) return;
      const problem = asApiError(error);
      this.answer = undefined;
      this.panel.hide();
      this.status.textContent = `Nothing to show: ${problem.title}.`;
      this.table.show([], parseSort(state.relSort), null);
      this.context.report(problem);
    }
  }

  private render(state: ExplorerState): void {
    const answer = this.answer!;
    const sort = parseSort(state.relSort);
    const rows = sortRelationships(
      filterRelationships(answer.relationships, {
        provider: state.relProvider,
        department: state.relDepartment,
        stage: state.relStage,
        text: state.relText,
      }),
      sort,
    );
    const [providerId, departmentId] = state.relationship;
    const open = answer.relationships.find(
      (r) => r.providerId === providerId && r.departmentId === departmentId,
    );
    this.table.show(rows, sort, open ? relationshipKey(open) : null);
    const floor = answer.privacy.suppressedRelationships
      ? ` ${answer.privacy.suppressedRelationships} relationships with a unit below the privacy floor are left out.`
      : '';
    this.status.textContent =
      `${rows.length} of ${answer.relationships.length} relationships; window ${answer.window.key}, ` +
      `${spanDates(answer.spans.window)}. Stages as of ${spanEnd(answer.spans.stage)}; trust, maturity and ` +
      `sparklines over ${spanDates(answer.spans.history)}.${floor}`;
    this.panel.show(open ?? null, answer.window, answer.spans);
  }
}

/** A click on the sorted column turns its direction; another column starts with its most telling end. */
function nextSort(current: string, key: RelationshipSortKey): string {
  const sort = parseSort(current);
  if (sort.key === key) return formatSort({ key, descending: !sort.descending });
  return formatSort({ key, descending: key !== 'name' && key !== 'stage' && key !== 'maturity' });
}
