/**
 * Time-lapse: the 30-day unit graph at the end of each of the last 12 months (GET /api/graph with explicit
 * dates, the windows the server warms ahead) played as a film over one layout of all frames' units, ties in
 * their relationship stage's colour; a selected unit's trend is drawn beside the map.
 */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { asApiError } from '../api/client.ts';
import { fetchDataEnd } from '../changes/dataEnd.ts';
import { FrameCanvas } from '../changes/frameCanvas.ts';
import { formatPeriod, type Period } from '../changes/periods.ts';
import { el } from '../shell/dom.ts';
import { ViewLifecycle } from '../shell/viewLifecycle.ts';
import type { ExplorerView, MountedView, ViewContext } from '../shell/views.ts';
import type { ExplorerState } from '../state/state.ts';
import { Transport } from './controls.ts';
import { buildFilm, type Film } from './filmModel.ts';
import { filmFrame, trendOf } from './filmFrame.ts';
import { filmLegend } from './filmLegend.ts';
import { monthLabel, snapshotPeriods } from './frames.ts';
import { Player } from './player.ts';
import { renderTrend } from './trendChart.ts';

export const timelapseView: ExplorerView = {
  id: 'timelapse',
  title: 'Time-lapse',
  mount: (host, context) => new TimelapseView(host, context),
};

/** Frames asked for at once: enough to overlap the round trips, few enough to leave the server room. */
const PARALLEL_FRAMES = 3;

class TimelapseView implements MountedView {
  private readonly canvas: FrameCanvas;
  private readonly root = el('section', {
    className: 'map-view timelapse-view',
    attrs: { 'data-frames': 0 },
  });
  private readonly status = el('p', { className: 'map-status', attrs: { 'data-state': 'loading' } });
  private readonly trend = el('div', { className: 'trend-host' });
  private readonly transport = new Transport({
    toggle: () => (this.player?.playing ? this.player.pause() : this.player?.play()),
    step: (by) => this.player?.step(by),
    go: (index) => (this.player?.pause(), this.player?.go(index)),
    speed: (speed) => this.player?.setSpeed(speed),
  });
  private readonly life = new ViewLifecycle<ExplorerState>(() => {
    this.player?.pause();
    this.canvas.destroy();
  });
  private film: { film: Film; periods: Period[] } | undefined;
  private player: Player | undefined;

  constructor(
    host: HTMLElement,
    private readonly context: ViewContext,
  ) {
    this.canvas = new FrameCanvas('timelapse-stage', {
      click: (node) => context.store.update({ node: node?.id ?? null }),
    });
    this.canvas.stage.prepend(this.status);
    const side = el('aside', { className: 'map-side', attrs: { 'aria-label': 'Trend and legend' } }, [
      el('h2', { text: 'Time-lapse' }),
      this.trend,
      filmLegend(),
    ]);
    this.root.append(this.transport.element, el('div', { className: 'map-body' }, [this.canvas.stage, side]));
    host.append(this.root);
    void this.load();
  }

  unmount(): void {
    this.life.unmount();
  }

  private async load(): Promise<void> {
    const signal = this.life.requests.next();
    try {
      const periods = snapshotPeriods(await fetchDataEnd(this.context.api, signal));
      const answers = await this.fetchFrames(periods, signal);
      if (signal.aborted) return;
      this.film = { film: buildFilm(answers), periods };
      this.canvas.layOut(this.film.film.model);
      this.player = new Player(periods.length, {
        show: (index) => this.show(index),
        changed: (playing) => this.playing(playing),
      });
      this.transport.frames(periods.length);
      this.root.dataset.frames = String(periods.length);
      this.status.dataset.state = 'shown';
      this.status.replaceChildren(el('span', { text: `${periods.length} monthly snapshots of 30 days` }));
      this.life.follow(this.context.store, (state, previous) => {
        if (previous && previous.node === state.node) return;
        if (this.player) this.show(this.player.frame);
      });
      this.player.go(periods.length - 1);
    } catch (error) {
      if (signal.aborted) return;
      const problem = asApiError(error);
      this.status.dataset.state = 'failed';
      this.status.replaceChildren(el('span', { text: problem.title }));
      this.context.report(problem);
    }
  }

  /** Every frame's answer, PARALLEL_FRAMES at a time, in the order of `periods`. */
  private async fetchFrames(periods: Period[], signal: AbortSignal): Promise<GraphAnswer[]> {
    const answers: GraphAnswer[] = new Array<GraphAnswer>(periods.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < periods.length && !signal.aborted) {
        const i = next++;
        const { from, to } = periods[i]!;
        answers[i] = await this.context.api.get<GraphAnswer>('/graph', { level: 'unit', from, to }, signal);
        this.status.replaceChildren(
          el('span', { text: `Loading snapshots: ${++done} of ${periods.length}…` }),
        );
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_FRAMES }, worker));
    return answers;
  }

  private show(index: number): void {
    const data = this.film;
    if (!data) return;
    const { film, periods } = data;
    const node = film.model.byId.get(this.context.store.state.node ?? '') ?? null;
    this.canvas.show(filmFrame(film, index, node));
    const period = periods[index]!;
    this.transport.showFrame(index, monthLabel(period), formatPeriod(period));
    this.root.dataset.frame = String(index);
    this.trend.replaceChildren(
      node
        ? renderTrend({
            title: `${node.data.label}: engagements with other units per 30 days`,
            values: trendOf(film, node),
            labels: periods.map(monthLabel),
            current: index,
          })
        : el('p', { className: 'muted hint', text: 'Click a unit to see its trend over the year.' }),
    );
  }

  private playing(playing: boolean): void {
    this.root.dataset.playing = String(playing);
    this.transport.playing(playing);
  }
}
