/**
 * What changed: two calendar periods compared (GET /api/compare, unit level). The toolbar picks the periods
 * (presets from the data's end); the map shows the unit pairs with ties coloured by their change, the list
 * beside it the most important changes in the API's sentences; a change pressed there is selected on the map.
 */
import type { CompareAnswer } from '../../server/schema/compare.ts';
import { asApiError } from '../api/client.ts';
import { el } from '../shell/dom.ts';
import { ViewLifecycle } from '../shell/viewLifecycle.ts';
import type { ExplorerView, MountedView, ViewContext } from '../shell/views.ts';
import type { ExplorerState } from '../state/state.ts';
import { changeLegend } from './changeLegend.ts';
import { changeTotals, renderChangeList } from './changeList.ts';
import { buildCompareModel, type CompareModel } from './compareModel.ts';
import { compareFrame } from './compareFrame.ts';
import { fetchDataEnd } from './dataEnd.ts';
import { FrameCanvas } from './frameCanvas.ts';
import { periodControls } from './periodControls.ts';
import { formatPeriod, periodsOf, type Periods } from './periods.ts';

export const changesView: ExplorerView = {
  id: 'changes',
  title: 'What changed',
  mount: (host, context) => new ChangesView(host, context),
};

class ChangesView implements MountedView {
  private readonly canvas: FrameCanvas;
  private readonly controls = periodControls((periods) => this.choose(periods));
  private readonly status = el('p', {
    className: 'map-status changes-status',
    attrs: { 'data-state': 'loading' },
  });
  private readonly list = el('div', { className: 'change-list-host' });
  private readonly legend = el('div', { className: 'legend-host' });
  private readonly life = new ViewLifecycle<ExplorerState>(() => this.canvas.destroy());
  private end: string | null = null;
  private data: { key: string; answer: CompareAnswer; model: CompareModel } | undefined;

  constructor(
    host: HTMLElement,
    private readonly context: ViewContext,
  ) {
    this.canvas = new FrameCanvas('changes-stage', {
      click: (node) => context.store.update({ change: node ? [node.id] : [] }),
    });
    this.canvas.stage.prepend(this.status);
    const side = el(
      'aside',
      { className: 'map-side changes-side', attrs: { 'aria-label': 'Changes and legend' } },
      [el('h2', { text: 'What changed' }), this.list, this.legend],
    );
    host.append(
      el('section', { className: 'map-view changes-view' }, [
        this.controls.element,
        el('div', { className: 'map-body' }, [this.canvas.stage, side]),
      ]),
    );
    void this.start();
  }

  unmount(): void {
    this.life.unmount();
  }

  /** The data's end first (the presets stand on it), then the store from now on. */
  private async start(): Promise<void> {
    const signal = this.life.requests.next();
    try {
      this.end = await fetchDataEnd(this.context.api, signal);
    } catch (error) {
      if (!signal.aborted) this.failed(error);
      return;
    }
    if (!signal.aborted)
      this.life.follow(this.context.store, (state, previous) => this.onState(state, previous));
  }

  private choose(periods: Periods): void {
    const { before, after } = periods;
    this.context.store.update({
      before: [before.from, before.to],
      after: [after.from, after.to],
      change: [],
    });
  }

  private onState(state: ExplorerState, previous: ExplorerState | undefined): void {
    const periods = periodsOf(state, this.end);
    this.controls.update(periods, this.end);
    if (!periods) return;
    if (JSON.stringify(periods) !== this.data?.key) return void this.load(periods);
    if (previous?.change.join() !== state.change.join()) this.draw(state);
  }

  private async load(periods: Periods): Promise<void> {
    const signal = this.life.requests.next();
    const key = JSON.stringify(periods);
    this.showStatus(
      'loading',
      `Comparing ${formatPeriod(periods.before)} with ${formatPeriod(periods.after)}…`,
    );
    try {
      const answer = await this.context.api.get<CompareAnswer>(
        '/compare',
        {
          beforeFrom: periods.before.from,
          beforeTo: periods.before.to,
          afterFrom: periods.after.from,
          afterTo: periods.after.to,
          level: 'unit',
          limit: '5000',
        },
        signal,
      );
      if (signal.aborted) return;
      this.context.clearReport();
      this.data = { key, answer, model: buildCompareModel(answer) };
      this.canvas.layOut(this.data.model.model);
      this.legend.replaceChildren(changeLegend(answer.totals));
      this.draw(this.context.store.state);
      const summary = `${formatPeriod(periods.before)} → ${formatPeriod(periods.after)}: ${changeTotals(answer.totals)}.`;
      this.showStatus('shown', summary);
      this.context.announce(summary);
    } catch (error) {
      if (!signal.aborted) this.failed(error);
    }
  }

  private draw(state: ExplorerState): void {
    const data = this.data;
    if (!data) return;
    this.canvas.show(compareFrame(data.model, state.change));
    const select = (units: string[]) => this.context.store.update({ change: units });
    this.list.replaceChildren(renderChangeList(data.answer.changes, state.change, select));
    this.canvas.canvas.setAttribute(
      'aria-label',
      `Map of changed ties: ${changeTotals(data.answer.totals)}.`,
    );
  }

  private failed(error: unknown): void {
    const problem = asApiError(error);
    this.showStatus('failed', `${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`);
    this.context.report(problem);
  }

  private showStatus(state: 'loading' | 'shown' | 'failed', text: string): void {
    this.status.dataset.state = state;
    this.status.replaceChildren(el('span', { text }));
  }
}
