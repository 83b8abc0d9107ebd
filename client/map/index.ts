/**
 * The network map view: wires the state (store), the data (GET /api/graph) and the drawing (MapCanvas,
 * panels). A change of level, window or filters fetches a new answer and animates into it; a change of
 * colour, size, selection or focus only restyles what is loaded.
 */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { asApiError } from '../api/client.ts';
import { fetchGraph, graphKey } from '../api/graph.ts';
import { el } from '../shell/dom.ts';
import { ViewLifecycle } from '../shell/viewLifecycle.ts';
import type { ExplorerView, MountedView, ViewContext } from '../shell/views.ts';
import type { ExplorerState } from '../state/state.ts';
import { Controls } from './controls.ts';
import { renderDetails } from './details.ts';
import { applyEncodings, encodingsFor, type Encodings } from './encodings.ts';
import { exportMap } from './exportView.ts';
import { withinHops } from './focus.ts';
import { renderLegend } from './legend.ts';
import { maySeePeople, roleOf } from './role.ts';
import { MapCanvas } from './mapCanvas.ts';
import { buildModel, type MapModel } from './model.ts';
import { Search } from './search.ts';
import { MapStatus } from './status.ts';
import { Tooltip, type Placement } from './tooltip.ts';
import type { MapLink } from './types.ts';
import { watchProgress } from './windowProgress.ts';
import { WhatIfMode } from '../whatif/index.ts';

export const mapView: ExplorerView = {
  id: 'map',
  title: 'Network map',
  mount: (host, context) => new MapView(host, context),
};

class MapView implements MountedView {
  private readonly canvas: MapCanvas;
  private readonly whatIf: WhatIfMode;
  private seesPeople = false;
  private readonly controls: Controls;
  private readonly tooltip = new Tooltip();
  private readonly status = new MapStatus(() => this.load(this.context.store.state, true));
  private readonly details = el('div', { className: 'details-host' });
  private readonly legend = el('div', { className: 'legend-host' });
  private readonly life = new ViewLifecycle<ExplorerState>(() => this.canvas.destroy());
  private model: MapModel | undefined;
  private encodings: Encodings | undefined;
  private loadedKey = '';
  private unmounted = false;

  constructor(
    host: HTMLElement,
    private readonly context: ViewContext,
  ) {
    const change = (patch: Partial<ExplorerState>) => context.store.update(patch);
    this.controls = new Controls(
      change,
      (kind) => this.model && void exportMap(kind, this.canvas, this.model.answer),
    );
    const search = new Search({
      nodes: () => this.model?.nodes ?? [],
      pick: (node) => (change({ node: node.id }), this.canvas.centreOn(node)),
    });
    const fit = el('button', {
      className: 'map-fit',
      text: 'Fit',
      attrs: { type: 'button', title: 'Fit the whole map in view (key 0)' },
      on: { click: () => this.canvas.fit(300, true) },
    });
    const stage = el('div', { className: 'map-stage', attrs: { 'data-layout': 'idle' } }, [
      this.status.element,
      fit,
      this.tooltip.element,
    ]);
    const side = el(
      'aside',
      { className: 'map-side', attrs: { 'aria-label': 'Search, filters, export, details and legend' } },
      [search.element, this.controls.filters, this.controls.exports, this.details, this.legend],
    );
    host.append(
      el('section', { className: 'map-view' }, [
        this.controls.toolbar,
        el('div', { className: 'map-body' }, [stage, side]),
      ]),
    );
    this.canvas = new MapCanvas(stage, {
      hover: (node, event) => this.hover(stage, node, event),
      click: (node) => change({ node: node?.id ?? null, focus: node ? context.store.state.focus : false }),
      escape: () => change({ node: null, focus: false }),
      settled: (settled) => (stage.dataset.layout = settled ? 'settled' : 'running'),
      hoverTie: (link, event) =>
        link ? this.tooltip.showTie(link, placement(stage, event)) : this.tooltip.hide(),
      clickTie: (link) => {
        const pair = relationshipOf(link);
        if (pair) change({ view: 'relationships', relationship: pair });
      },
    });
    this.whatIf = new WhatIfMode({
      api: context.api,
      canvas: this.canvas,
      report: (problem) => context.report(problem),
      announce: (text) => context.announce(text),
    });
    this.details.before(this.whatIf.element);
    void this.start();
  }

  /** Knows the role before the first request: a viewer's link to the person level opens the unit level. */
  private async start(): Promise<void> {
    const people = maySeePeople(await roleOf(this.context.api));
    if (this.unmounted) return;
    this.seesPeople = people;
    this.controls.offerPeople(people);
    if (!people && this.context.store.state.level === 'person')
      this.context.store.update({ level: 'unit', node: null, focus: false });
    this.life.follow(this.context.store, (state, previous) => this.onState(state, previous));
  }

  unmount(): void {
    this.unmounted = true;
    this.life.unmount();
  }

  private onState(state: ExplorerState, previous: ExplorerState | undefined): void {
    this.controls.update(state, this.model?.answer);
    if (graphKey(state) !== this.loadedKey) return void this.load(state);
    if (previous && previous.allTies !== state.allTies && this.model)
      return this.show(this.model.answer, state);
    const resized = previous?.sizeBy !== state.sizeBy;
    if (!previous || previous.colourBy !== state.colourBy || resized) this.restyle(state, resized);
    if (!previous || previous.node !== state.node || previous.focus !== state.focus) this.select(state);
  }

  private async load(state: ExplorerState, retry = false): Promise<void> {
    if (!retry && graphKey(state) === this.loadedKey) return;
    this.loadedKey = graphKey(state);
    const signal = this.life.requests.next();
    const arrived = new AbortController();
    this.status.loading(state.window);
    watchProgress(this.context.api, state, AbortSignal.any([signal, arrived.signal]), (step) =>
      this.status.loading(state.window, step),
    );
    try {
      const answer = await fetchGraph(this.context.api, state, signal);
      if (signal.aborted) return;
      this.context.clearReport();
      this.show(answer, state);
      this.context.announce(this.status.summary(answer));
    } catch (error) {
      if (signal.aborted) return;
      const problem = asApiError(error);
      this.model = undefined;
      this.whatIf.clear();
      this.canvas.clear();
      this.select(state);
      this.status.failed(problem);
      this.context.report(problem);
    } finally {
      arrived.abort();
    }
  }

  /** Draws an answer: the backbone or every tie, nodes that stay keeping their place. */
  private show(answer: GraphAnswer, state: ExplorerState): void {
    const previous = this.model;
    this.model = buildModel(answer, previous, !state.allTies);
    this.applyEncodings(state);
    this.canvas.setModel(this.model, previous);
    this.whatIf.modelChanged(this.model);
    this.select(state);
    this.controls.update(state, answer);
    this.status.show(answer, this.canvas.canvas, this.model.links.length);
  }

  private applyEncodings(state: ExplorerState): void {
    if (!this.model) return;
    this.encodings = encodingsFor(this.model.answer, state);
    applyEncodings(this.model, this.encodings);
  }

  private restyle(state: ExplorerState, resized: boolean): void {
    this.applyEncodings(state);
    this.canvas.restyle({ sizes: resized });
    this.renderLegend(state);
  }

  private select(state: ExplorerState): void {
    const model = this.model;
    const node = (state.node && model?.byId.get(state.node)) || null;
    const hops = state.focus ? 2 : 1;
    this.canvas.setHighlight(
      node && model ? { node, emphasis: withinHops(model.ties, node, hops), focus: state.focus } : null,
    );
    const actions = {
      select: (id: string) => {
        this.context.store.update({ node: id });
        const target = this.model?.byId.get(id);
        if (target) this.canvas.centreOn(target);
      },
      close: () => this.context.store.update({ node: null, focus: false }),
      toggleFocus: () => this.context.store.update({ focus: !this.context.store.state.focus }),
      ...(node && model && this.whatIf.offers(node, this.seesPeople)
        ? { whatIf: () => void this.whatIf.ask(node, model, state.window) }
        : {}),
    };
    this.details.replaceChildren(
      node && model
        ? renderDetails(node, model, state, actions)
        : el('p', { className: 'muted hint', text: 'Click a node, or search by name, to see its details.' }),
    );
    this.renderLegend(state);
  }

  private renderLegend(state: ExplorerState): void {
    const model = this.model;
    if (!model || !this.encodings) return void this.legend.replaceChildren();
    const focusOn = state.focus && state.node ? (model.byId.get(state.node)?.data.label ?? null) : null;
    const anyFlagged = model.nodes.some((node) => node.data.flags.length > 0);
    this.legend.replaceChildren(renderLegend({ encodings: this.encodings, anyFlagged, focusOn }));
  }

  private hover(stage: HTMLElement, node: MapModel['nodes'][number] | undefined, event: PointerEvent): void {
    if (!node || !this.encodings) return this.tooltip.hide();
    this.tooltip.show(node, this.encodings, placement(stage, event));
  }
}

function placement(stage: HTMLElement, event: PointerEvent): Placement {
  const box = stage.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top, width: box.width, height: box.height };
}

/** The relationships dashboard's key of a tie, [provider, department], if the pair is a relationship. */
function relationshipOf(link: MapLink): string[] | null {
  if (!link.data.relationship) return null;
  const [a, b] = [link.source.data, link.target.data];
  if (a.unitKind === 'business' && b.unitKind !== 'business') return [b.id, a.id];
  if (b.unitKind === 'business' && a.unitKind !== 'business') return [a.id, b.id];
  return null;
}
