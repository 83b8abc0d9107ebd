/**
 * The silos view's map: the network map's canvas, layout and drawing (client/map/), with the nodes coloured
 * by their silo status — isolated, single point of failure, other — and ringed when flagged (the map's flag
 * ring). Unit size follows the isolation score; at person level the single points of failure are drawn larger.
 * Selecting a unit at person level fades everyone outside it.
 */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { NETWORK_NAMES } from '../network/networkSwitch.ts';
import { el } from '../shell/dom.ts';
import type { ExplorerState } from '../state/state.ts';
import { applyEncodings, encodingsFor, type Encodings } from '../map/encodings.ts';
import { item, section, svgDot, svgLine, svgRing } from '../map/legend.ts';
import { MapCanvas } from '../map/mapCanvas.ts';
import { buildModel, type MapModel, type MapNode } from '../map/model.ts';
import { Tooltip } from '../map/tooltip.ts';
import { TIE_GREY } from '../map/encodings.ts';
import { DEFAULT_RADIUS, OKABE_ITO, radiusScale } from '../theme.ts';
import { siloStatus, withSiloFlags, type SiloMarks, type SiloStatus } from './siloMarks.ts';

export const SILO_COLOURS: Record<SiloStatus, string> = {
  isolated: OKABE_ITO.vermillion,
  failure: OKABE_ITO.blue,
  other: '#B8BDC4',
};

const STATUS_LABELS: Record<SiloStatus, { unit: string; person: string }> = {
  isolated: { unit: 'Isolated unit', person: 'Member of an isolated unit' },
  failure: { unit: 'Holds a single point of failure', person: 'Single point of failure' },
  other: { unit: 'Other unit', person: 'Other person' },
};

export interface SiloMapEvents {
  select(id: string | null): void;
}

export class SiloMap {
  readonly stage = el('div', { className: 'map-stage silo-stage', attrs: { 'data-layout': 'idle' } });
  readonly legend = el('div', { className: 'legend silo-legend' });
  private readonly canvas: MapCanvas;
  private readonly tooltip = new Tooltip();
  private model: MapModel | undefined;
  private encodings: Encodings | undefined;

  constructor(events: SiloMapEvents) {
    this.stage.append(this.tooltip.element);
    this.canvas = new MapCanvas(this.stage, {
      hover: (node, event) => this.hover(node, event),
      click: (node) => events.select(node?.id ?? null),
      escape: () => events.select(null),
      settled: (settled) => (this.stage.dataset.layout = settled ? 'settled' : 'running'),
    });
    this.canvas.canvas.setAttribute('aria-label', 'Map of isolation: loading.');
  }

  show(answer: GraphAnswer, marks: SiloMarks, state: ExplorerState): void {
    const previous = this.model;
    const marked = withSiloFlags(answer, marks);
    this.model = buildModel(marked, previous);
    this.encodings = encodingsFor(marked, { ...state, colourBy: 'unitKind', sizeBy: 'none' });
    applyEncodings(this.model, this.encodings);
    const byScore = radiusScale([0, 1], 'unit');
    const counts: Record<SiloStatus, number> = { isolated: 0, failure: 0, other: 0 };
    for (const node of this.model.nodes) {
      const status = siloStatus(node.data, marks);
      counts[status] += 1;
      node.colour = SILO_COLOURS[status];
      node.radius =
        answer.level === 'unit'
          ? byScore(marks.score.get(node.id) ?? 0)
          : status === 'failure'
            ? 2 * DEFAULT_RADIUS.person
            : DEFAULT_RADIUS.person;
    }
    this.legend.replaceChildren(legendOf(answer.level, counts));
    this.canvas.setModel(this.model, previous);
    this.canvas.canvas.setAttribute('aria-label', describe(answer, counts));
  }

  /** Selects a node (a unit at unit level), or at person level fades everyone outside the unit. */
  select(id: string | null, centre = false): void {
    const model = this.model;
    if (!model) return;
    const node = (id && model.byId.get(id)) || null;
    const members = !node && id ? new Set(model.nodes.filter((n) => n.data.unit === id)) : null;
    this.canvas.setSelection(node, members && members.size > 0 ? members : null);
    if (node && centre) this.canvas.centreOn(node);
  }

  clear(message: string): void {
    this.model = undefined;
    this.canvas.clear();
    this.canvas.canvas.setAttribute('aria-label', message);
    this.legend.replaceChildren();
  }

  destroy(): void {
    this.canvas.destroy();
  }

  private hover(node: MapNode | undefined, event: PointerEvent): void {
    if (!node || !this.encodings) return this.tooltip.hide();
    const box = this.stage.getBoundingClientRect();
    this.tooltip.show(node, this.encodings, {
      x: event.clientX - box.left,
      y: event.clientY - box.top,
      width: box.width,
      height: box.height,
    });
  }
}

function describe(answer: GraphAnswer, counts: Record<SiloStatus, number>): string {
  const what = answer.level === 'unit' ? 'units' : 'people';
  const network = NETWORK_NAMES[answer.network ?? 'behaviour'];
  return (
    `Map of isolation in ${network}: ${answer.nodes.length} ${what}, ${counts.isolated} in isolated units, ` +
    `${counts.failure} marked as single points of failure. The table beside it lists the same units.`
  );
}

function legendOf(level: GraphAnswer['level'], counts: Record<SiloStatus, number>): HTMLElement {
  const statuses = (Object.keys(SILO_COLOURS) as SiloStatus[]).filter((s) => counts[s] > 0 || s !== 'other');
  return el('div', {}, [
    section(
      'Colour',
      statuses.map((status) => item(svgDot(SILO_COLOURS[status], 6), STATUS_LABELS[status][level])),
    ),
    section('Ring', [item(svgRing(), 'Flagged: isolated, or a single point of failure')]),
    section('Size', [
      el('li', {
        text: level === 'unit' ? 'Isolation score (larger: more cut off)' : 'Larger: single point of failure',
      }),
    ]),
    section('Tie width', [item(svgLine(TIE_GREY, 2), 'Tie strength')]),
  ]);
}
