/**
 * "What if … left?" on the network map: the details panel offers it for a unit (every role: a unit removal is
 * unit level) and for a person (analysts and admins); the answer of POST /api/whatif is drawn on the map
 * (overlay.ts) and told in words beside it (summary.ts) until "Back to the map", or until the map shows
 * another window or level (the answer was about the one asked).
 */
import { asApiError, type ApiClient, type ApiError } from '../api/client.ts';
import type { MapCanvas } from '../map/mapCanvas.ts';
import type { MapModel, MapNode } from '../map/types.ts';
import { el } from '../shell/dom.ts';
import { whatIfMarks } from './marks.ts';
import { whatIfOverlay } from './overlay.ts';
import { fetchWhatIf, type Leaver, type WhatIfAnswer } from './request.ts';
import { renderSummary } from './summary.ts';

export interface WhatIfDeps {
  api: ApiClient;
  canvas: MapCanvas;
  report(problem: ApiError): void;
  announce(text: string): void;
}

interface Shown {
  leaver: Leaver;
  scope: string;
  answer: WhatIfAnswer;
}

export class WhatIfMode {
  readonly element = el('div', { className: 'whatif-host' });
  private shown: Shown | undefined;
  private pending: AbortController | undefined;

  constructor(private readonly deps: WhatIfDeps) {}

  /** Who may be asked about: units for everyone, people when the role sees people. */
  offers(node: MapNode, seesPeople: boolean): boolean {
    return node.data.unit === node.id || seesPeople;
  }

  async ask(node: MapNode, model: MapModel, window: string): Promise<void> {
    const leaver: Leaver = {
      id: node.id,
      label: node.data.label,
      kind: node.data.unit === node.id ? 'unit' : 'person',
    };
    this.pending?.abort();
    const request = (this.pending = new AbortController());
    this.element.replaceChildren(
      el('p', { className: 'muted', text: `Asking what if ${leaver.label} left…` }),
    );
    try {
      const answer = await fetchWhatIf(this.deps.api, leaver, window, request.signal);
      if (request.signal.aborted) return;
      this.shown = { leaver, scope: scopeOf(model), answer };
      this.draw(model);
    } catch (error) {
      if (request.signal.aborted) return;
      this.element.replaceChildren();
      this.deps.report(asApiError(error));
    }
  }

  /** The map shows a new answer: the marks follow its nodes, or go if it is another window or level. */
  modelChanged(model: MapModel): void {
    if (!this.shown) return;
    if (this.shown.scope !== scopeOf(model)) return this.clear();
    this.draw(model);
  }

  clear(): void {
    this.pending?.abort();
    this.shown = undefined;
    this.element.replaceChildren();
    this.deps.canvas.setOverlay(null);
  }

  private draw(model: MapModel): void {
    const { leaver, answer } = this.shown!;
    const marks = whatIfMarks(answer, model);
    const names = new Map(model.nodes.map((node) => [node.data.unit, node.data.unitName]));
    for (const unit of [...answer.units, ...answer.removed.units]) names.set(unit.id, unit.name);
    const summary = renderSummary(answer, {
      leaver,
      marks,
      unitName: (id) => names.get(id) ?? id,
      back: () => this.clear(),
    });
    this.element.replaceChildren(summary);
    this.deps.canvas.setOverlay(whatIfOverlay(marks));
    this.deps.announce(
      `What if ${leaver.label} left: ${answer.disconnected.length} unit pairs cut apart, ` +
        `${marks.isolated.length} newly isolated on the map.`,
    );
  }
}

function scopeOf(model: MapModel): string {
  return `${model.answer.level}|${model.answer.window.key}|${model.answer.window.from}|${model.answer.window.to}`;
}
