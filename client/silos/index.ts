/**
 * The silos view, for BRMs: which units are cut off, and who alone holds units together. Wires the state
 * (window, level, network, selected node), the data (GET /api/silos and GET /api/graph of the same window and
 * network) and the drawing (the silo map, the ranked table, the single points of failure). A row click selects
 * the unit on the map; a click on the map selects the row. In the survey network (what people say) the parts
 * the API reads from engagements only — bridging load, introductions — are hidden, and a line says so.
 */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { fetchSilos, type SilosAnswer } from '../api/analytics.ts';
import { asApiError } from '../api/client.ts';
import { fetchGraph } from '../api/graph.ts';
import { maySeePeople, roleOf } from '../map/role.ts';
import { WindowControl } from '../map/windowControl.ts';
import { NetworkSwitch } from '../network/networkSwitch.ts';
import { el } from '../shell/dom.ts';
import { ViewLifecycle } from '../shell/viewLifecycle.ts';
import type { ExplorerView, MountedView, ViewContext } from '../shell/views.ts';
import { DEFAULT_STATE, type ExplorerState } from '../state/state.ts';
import { renderFailures } from './failures.ts';
import { IntroductionOffers } from './introductionOffers.ts';
import { OverloadPanel } from './overload.ts';
import { siloMarks } from './siloMarks.ts';
import { SiloMap } from './siloMap.ts';
import { silosSummary } from './summary.ts';
import { SiloTable } from './table.ts';

export const silosView: ExplorerView = {
  id: 'silos',
  title: 'Silos',
  mount: (host, context) => new SilosView(host, context),
};

class SilosView implements MountedView {
  private readonly map: SiloMap;
  private readonly table: SiloTable;
  private readonly level: HTMLSelectElement;
  private readonly window: WindowControl;
  private readonly network: NetworkSwitch;
  private readonly summary = el('p', { className: 'silos-summary', attrs: { 'aria-live': 'off' } });
  private readonly failures = el('div', { className: 'failures-host' });
  private readonly introductions: IntroductionOffers;
  private readonly overload: OverloadPanel;
  /** Analysts in the survey network: what is left out, and why. */
  private readonly behaviourOnly = el('p', {
    className: 'behaviour-only muted',
    text: 'Bridging load and introductions are read from what people do (engagements) only; switch to it to see them.',
    attrs: { hidden: true },
  });
  private analyst = false;
  private readonly life = new ViewLifecycle<ExplorerState>(() => this.map.destroy());
  private loadedKey = '';
  private unmounted = false;
  private silos: SilosAnswer | undefined;

  constructor(
    host: HTMLElement,
    private readonly context: ViewContext,
  ) {
    const change = (patch: Partial<ExplorerState>) => context.store.update(patch);
    const select = (id: string | null) => change({ node: id });
    this.map = new SiloMap({ select });
    this.table = new SiloTable({ select: (id) => (select(id), this.map.select(id, true)) });
    this.level = el('select', { attrs: { id: 'silos-level' } }, [
      el('option', { text: 'Units', attrs: { value: 'unit' } }),
    ]);
    this.level.addEventListener('change', () =>
      change({ level: this.level.value as ExplorerState['level'], node: null }),
    );
    this.window = new WindowControl((window) => change({ window }));
    this.network = new NetworkSwitch((network) => change({ network, node: null }), 'silos');
    this.introductions = new IntroductionOffers({
      api: context.api,
      report: (problem) => context.report(problem),
    });
    this.overload = new OverloadPanel({
      api: context.api,
      report: (problem) => context.report(problem),
      select: (person, unit) => {
        const id = context.store.state.level === 'person' ? person : unit;
        select(id);
        this.map.select(id, true);
      },
    });
    host.append(
      el('section', { className: 'silos-view' }, [
        el('div', { className: 'map-toolbar', attrs: { role: 'toolbar', 'aria-label': 'Silos settings' } }, [
          el('span', { className: 'field' }, [
            el('label', { text: 'Map of', attrs: { for: 'silos-level' } }),
            this.level,
          ]),
          this.network.element,
          this.window.element,
        ]),
        el('div', { className: 'silos-body' }, [
          el('div', { className: 'silos-map' }, [this.map.stage, this.map.legend]),
          el('div', { className: 'silos-side' }, [
            el('h1', { text: 'Isolated units and single points of failure' }),
            this.summary,
            el('div', { className: 'table-scroll' }, [this.table.element]),
            this.introductions.selection,
            this.behaviourOnly,
            this.introductions.panel.element,
            this.failures,
            this.overload.element,
          ]),
        ]),
      ]),
    );
    void this.start();
  }

  /** The person level is offered to the roles that may see it; a viewer's link to it opens the unit level. */
  private async start(): Promise<void> {
    const people = maySeePeople(await roleOf(this.context.api));
    if (this.unmounted) return;
    this.analyst = people;
    if (people) this.level.append(el('option', { text: 'People (analysts)', attrs: { value: 'person' } }));
    else if (this.context.store.state.level === 'person')
      this.context.store.update({ level: 'unit', node: null, focus: false });
    this.life.follow(this.context.store, (state, previous) => this.onState(state, previous));
  }

  unmount(): void {
    this.unmounted = true;
    this.life.unmount();
  }

  private onState(state: ExplorerState, previous: ExplorerState | undefined): void {
    this.level.value = state.level;
    this.window.update(state.window);
    this.network.update(state.network, this.silos);
    if (loadKey(state) !== this.loadedKey) return void this.load(state);
    if (previous?.node !== state.node) {
      this.table.select(state.node);
      this.map.select(state.node);
      this.introductions.offerFor(state.node, state.window);
    }
  }

  private async load(state: ExplorerState): Promise<void> {
    this.loadedKey = loadKey(state);
    this.introductions.use(undefined, this.analyst);
    const signal = this.life.requests.next();
    // GET /api/overload takes no network: its bridging load is behavioural, so the survey's view leaves it out.
    if (this.analyst && state.network === 'behaviour') void this.overload.load(state.window, signal);
    else this.overload.clear();
    this.behaviourOnly.hidden = !(this.analyst && state.network === 'survey');
    this.summary.textContent = 'Loading the silos of this window…';
    const { level, window, network } = state;
    const graphState = { ...DEFAULT_STATE, level, window, network };
    const [silos, graph] = await Promise.allSettled([
      fetchSilos(this.context.api, { window, network }, signal),
      fetchGraph(this.context.api, graphState, signal),
    ]);
    if (signal.aborted) return;
    if (silos.status === 'rejected') {
      this.silos = undefined;
      this.network.update(state.network, undefined);
      this.table.show([], null);
      this.failures.replaceChildren();
      return this.failed(silos.reason, 'Nothing to show');
    }
    this.context.clearReport();
    this.showSilos(silos.value, state);
    if (graph.status === 'rejected') return this.failed(graph.reason, 'The map cannot be shown');
    this.showMap(graph.value, silos.value, state);
  }

  private showSilos(silos: SilosAnswer, state: ExplorerState): void {
    this.silos = silos;
    this.introductions.use(silos, this.analyst);
    this.network.update(state.network, silos);
    this.summary.textContent = silosSummary(silos);
    this.table.show(silos.units, state.node);
    const names = new Map(silos.units.map((unit) => [unit.id, unit.name]));
    this.failures.replaceChildren(
      renderFailures(silos, {
        unitName: (id) => names.get(id) ?? id,
        select: (id) => (this.context.store.update({ node: id }), this.map.select(id, true)),
        level: state.level,
        introductions: this.introductions.bridge(state.window),
      }),
    );
    this.introductions.offerFor(state.node, state.window);
    this.context.announce(this.summary.textContent);
  }

  private showMap(graph: GraphAnswer, silos: SilosAnswer, state: ExplorerState): void {
    this.map.show(graph, siloMarks(silos), state);
    this.map.select(state.node);
  }

  private failed(error: unknown, what: string): void {
    const problem = asApiError(error);
    this.map.clear(`${what}: ${problem.title}.`);
    if (!this.silos) this.summary.textContent = `${what}: ${problem.title}.`;
    this.context.report(problem);
  }
}

/** What a loaded answer depends on: the rest of the state only changes what is selected. */
function loadKey({ window, level, network }: ExplorerState): string {
  return `${window}|${level}|${network}`;
}
