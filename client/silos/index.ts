/**
 * The silos view, for BRMs: which units are cut off, and who alone holds units together. Wires the state
 * (window, level, selected node), the data (GET /api/silos and GET /api/graph of the same window) and the
 * drawing (the silo map, the ranked table, the single points of failure). A row click selects the unit on
 * the map; a click on the map selects the row.
 */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { fetchSilos, type SilosAnswer } from '../api/analytics.ts';
import { asApiError } from '../api/client.ts';
import { fetchGraph } from '../api/graph.ts';
import { maySeePeople, roleOf } from '../map/role.ts';
import { WindowControl } from '../map/windowControl.ts';
import { el, formatNumber } from '../shell/dom.ts';
import { ViewLifecycle } from '../shell/viewLifecycle.ts';
import type { ExplorerView, MountedView, ViewContext } from '../shell/views.ts';
import { DEFAULT_STATE, type ExplorerState } from '../state/state.ts';
import { renderFailures, type Separation } from './failures.ts';
import { IntroductionsPanel } from './introductions.ts';
import { OverloadPanel } from './overload.ts';
import { siloMarks } from './siloMarks.ts';
import { SiloMap } from './siloMap.ts';
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
  private readonly summary = el('p', { className: 'silos-summary', attrs: { 'aria-live': 'off' } });
  private readonly failures = el('div', { className: 'failures-host' });
  private readonly introductions: IntroductionsPanel;
  private readonly overload: OverloadPanel;
  private readonly selection = el('p', { className: 'introductions-selection' });
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
    this.introductions = new IntroductionsPanel({
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
          this.window.element,
        ]),
        el('div', { className: 'silos-body' }, [
          el('div', { className: 'silos-map' }, [this.map.stage, this.map.legend]),
          el('div', { className: 'silos-side' }, [
            el('h1', { text: 'Isolated units and single points of failure' }),
            this.summary,
            el('div', { className: 'table-scroll' }, [this.table.element]),
            this.selection,
            this.introductions.element,
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
    if (`${state.window}|${state.level}` !== this.loadedKey) return void this.load(state);
    if (previous?.node !== state.node) {
      this.table.select(state.node);
      this.map.select(state.node);
      this.offerIntroductions(state);
    }
  }

  private async load(state: ExplorerState): Promise<void> {
    this.loadedKey = `${state.window}|${state.level}`;
    this.introductions.clear();
    const signal = this.life.requests.next();
    if (this.analyst) void this.overload.load(state.window, signal);
    else this.overload.clear();
    this.summary.textContent = 'Loading the silos of this window…';
    const graphState = { ...DEFAULT_STATE, level: state.level, window: state.window };
    const [silos, graph] = await Promise.allSettled([
      fetchSilos(this.context.api, state.window, signal),
      fetchGraph(this.context.api, graphState, signal),
    ]);
    if (signal.aborted) return;
    if (silos.status === 'rejected') {
      this.silos = undefined;
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
    const flagged = silos.units.filter((unit) => unit.flagged).length;
    const { ei, formalModularity } = silos.organisation;
    this.summary.textContent =
      `${flagged} of ${silos.units.length} units flagged isolated; window ${silos.window.key}, ` +
      `${silos.window.from.slice(0, 10)} to ${silos.window.to.slice(0, 10)}. Organisation E-I ` +
      `${formatNumber(ei.value)} (random mixing ${formatNumber(ei.baseline)}), modularity of the units ` +
      `${formatNumber(formalModularity)}.` +
      (silos.privacy.suppressedUnits
        ? ` ${silos.privacy.suppressedUnits} units below the privacy floor (${silos.privacy.minGroupSize} people) are left out.`
        : '');
    this.table.show(silos.units, state.node);
    const names = new Map(silos.units.map((unit) => [unit.id, unit.name]));
    this.failures.replaceChildren(
      renderFailures(silos, {
        unitName: (id) => names.get(id) ?? id,
        select: (id) => (this.context.store.update({ node: id }), this.map.select(id, true)),
        level: state.level,
        ...(this.analyst && { introductions: (s) => this.bridgeButton(s, state.window) }),
      }),
    );
    this.offerIntroductions(state);
    this.context.announce(this.summary.textContent);
  }

  /** Analysts: the selected unit, if isolated or hanging on one person, offers its introductions. */
  private offerIntroductions(state: ExplorerState): void {
    const unit = this.silos?.units.find((u) => u.id === state.node);
    const hangs = this.silos?.singlePointsOfFailure.people.some((s) => dependentUnit(s) === state.node);
    const offered = this.analyst && unit && (unit.flagged || hangs);
    this.selection.replaceChildren(
      offered ? this.introductions.button(unit.id, state.window, `Who could connect ${unit.name}?`) : '',
    );
  }

  private bridgeButton(separation: Separation, window: string): HTMLElement | null {
    const unit = dependentUnit(separation);
    const name = separation.people?.[0]?.name;
    if (!unit || !name) return null;
    return this.introductions.button(
      unit,
      window,
      `Who depends on ${name}, and who could become a second bridge?`,
    );
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

/** The units that reach the others only through the person: the smallest side of the separation. */
function dependentUnit(separation: Separation): string | undefined {
  const sides = [...separation.groups].sort((a, b) => a.units.length - b.units.length);
  return sides[0]?.units[0] ?? separation.units[0];
}
