/**
 * The nodes and relationships of a console answer drawn with the network map's own modules (model, layout,
 * canvas, encodings): nodes coloured by label, ties by relationship type, each with a legend entry; a
 * clicked node shows its labels and properties beside the drawing.
 */
import type { CypherAnswer } from '../api/analytics.ts';
import { applyEncodings, encodingsFor } from '../map/encodings.ts';
import { item, section, svgDot, svgLine } from '../map/legend.ts';
import { MapCanvas } from '../map/mapCanvas.ts';
import { buildModel, type MapModel } from '../map/model.ts';
import { el } from '../shell/dom.ts';
import { DEFAULT_STATE } from '../state/state.ts';
import { categoryColours } from '../theme.ts';
import { graphAnswerOf, nodeCaption } from './resultData.ts';

export class ResultGraph {
  readonly element: HTMLElement;
  private readonly stage = el('div', {
    className: 'map-stage console-stage',
    attrs: { 'data-layout': 'idle' },
  });
  private readonly side = el('div', { className: 'console-graph-side' });
  private readonly canvas: MapCanvas;
  private model: MapModel | undefined;
  private nodes = new Map<string, CypherAnswer['graph']['nodes'][number]>();

  constructor() {
    this.canvas = new MapCanvas(this.stage, {
      hover: () => {},
      click: (node) => this.showNode(node?.id ?? null),
      escape: () => this.showNode(null),
      settled: (settled) => (this.stage.dataset.layout = settled ? 'settled' : 'running'),
    });
    this.element = el('div', { className: 'console-graph' }, [this.stage, this.side]);
  }

  show(graph: CypherAnswer['graph']): void {
    const { answer, typesBetween } = graphAnswerOf(graph);
    this.nodes = new Map(graph.nodes.map((node) => [node.elementId, node]));
    this.model = buildModel(answer);
    const encodings = encodingsFor(answer, {
      ...DEFAULT_STATE,
      level: answer.level,
      colourBy: 'unit',
      sizeBy: 'none',
    });
    applyEncodings(this.model, encodings);
    // A result has a few labels: each its own hue by frequency (the map's per-unit hash could give two the same).
    const labelColours = categoryColours(countsOf(answer.nodes.map((node) => node.unit)));
    for (const node of this.model.nodes) node.colour = labelColours.get(node.data.unit) ?? node.colour;
    const typeColours = categoryColours(countsOf(graph.relationships.map((r) => r.type)));
    for (const link of this.model.links) {
      const type = typesBetween(link.source.id, link.target.id)[0];
      link.colour = (type && typeColours.get(type)) || '#8A8F98';
      link.width = 1.5;
    }
    this.canvas.setModel(this.model, undefined);
    this.canvas.canvas.setAttribute(
      'aria-label',
      `Graph of the result: ${graph.nodes.length} nodes and ${graph.relationships.length} relationships. The table holds the same data.`,
    );
    this.side.replaceChildren(
      el('section', { className: 'legend' }, [
        section(
          'Node colour: label',
          [...labelColours].map(([label, colour]) => item(svgDot(colour, 6), label)),
        ),
        section(
          'Tie colour: relationship type',
          [...typeColours].map(([type, colour]) => item(svgLine(colour, 3), type)),
        ),
      ]),
      el('div', { className: 'node-properties' }, [
        el('p', { className: 'muted', text: 'Click a node to see its properties.' }),
      ]),
    );
  }

  destroy(): void {
    this.canvas.destroy();
  }

  private showNode(id: string | null): void {
    const node = id ? this.nodes.get(id) : undefined;
    const mapNode = id ? this.model?.byId.get(id) : undefined;
    this.canvas.setSelection(mapNode ?? null, null);
    const host = this.side.querySelector('.node-properties');
    if (!host) return;
    if (!node)
      return void host.replaceChildren(
        el('p', { className: 'muted', text: 'Click a node to see its properties.' }),
      );
    const rows = Object.entries(node.properties).map(([key, value]) =>
      el('tr', {}, [
        el('th', { text: key, attrs: { scope: 'row' } }),
        el('td', { text: JSON.stringify(value) }),
      ]),
    );
    host.replaceChildren(
      el('h3', { text: `${node.labels.map((l) => `:${l}`).join('')} ${nodeCaption(node)}` }),
      el('table', {}, [el('tbody', {}, rows)]),
    );
  }
}

function countsOf(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
