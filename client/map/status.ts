/**
 * The line over the map that says what is shown: how many nodes and ties, which window, whether the page was
 * cut, what the privacy floor left out, or why nothing is shown (with a retry).
 */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import type { ApiError } from '../api/client.ts';
import { el } from '../shell/dom.ts';
import { windowDays } from '../state/state.ts';

export class MapStatus {
  readonly element = el('div', { className: 'map-status', attrs: { 'aria-live': 'off' } });

  constructor(private readonly retry: () => void) {}

  /**
   * A window is on its way: the last map stays drawn underneath, and this says which window is coming and, when
   * the server is computing it, the step it is at.
   */
  loading(window: string, step?: string): void {
    const text = `Computing ${windowDays(window)} days${step ? `: ${step}` : ''}…`;
    this.element.replaceChildren(
      el('span', { className: 'loading' }, [
        el('progress', { attrs: { 'aria-label': `Computing the ${windowDays(window)}-day window` } }),
        el('span', { text }),
      ]),
    );
    this.element.dataset.state = 'loading';
  }

  /** `drawn`: ties on the map (fewer than the answer's when only the backbone is drawn). */
  show(answer: GraphAnswer, canvas: HTMLCanvasElement, drawn = answer.edges.length): void {
    const notes = [
      drawn < answer.edges.length
        ? `Backbone: ${drawn.toLocaleString('en')} ties are drawn, the significant ones and each node's strongest; "Show all ties" draws every one.`
        : null,
      answer.page.truncated
        ? `Showing the ${answer.nodes.length.toLocaleString('en')} best-connected of ${answer.page.totalNodes.toLocaleString('en')} nodes.`
        : null,
      answer.privacy.note ?? null,
    ].filter((note): note is string => note !== null);
    this.element.replaceChildren(
      el('span', { className: 'summary', text: this.summary(answer) }),
      ...notes.map((note) => el('span', { className: 'note', text: note })),
    );
    this.element.dataset.state = 'shown';
    canvas.setAttribute(
      'aria-label',
      `Network map. ${this.summary(answer)} Use the search to select a node.`,
    );
  }

  failed(problem: ApiError): void {
    this.element.replaceChildren(
      el('span', { text: `Nothing to show: ${problem.title}.` }),
      el('button', { text: 'Retry', attrs: { type: 'button' }, on: { click: this.retry } }),
    );
    this.element.dataset.state = 'failed';
  }

  summary(answer: GraphAnswer): string {
    const what = answer.level === 'unit' ? 'units' : 'people';
    const from = answer.window.from.slice(0, 10);
    const to = answer.window.to.slice(0, 10);
    return `${answer.nodes.length.toLocaleString('en')} ${what}, ${answer.edges.length.toLocaleString('en')} ties; window ${answer.window.key}, ${from} to ${to}.`;
  }
}
