/**
 * People carrying too much of the bridging load, in the silos view beside the single points of failure
 * (analysts: GET /api/overload names people). Each is told in the API's words — the share of shortest paths
 * through them, the units they tie to, their role — with a button that shows them on the map.
 */
import type { OverloadAnswer } from '../../server/schema/governance.ts';
import { asApiError, type ApiClient, type ApiError } from '../api/client.ts';
import { el } from '../shell/dom.ts';

export interface OverloadDeps {
  api: ApiClient;
  report(problem: ApiError): void;
  /** Selects the person on the map (at person level), else their unit. */
  select(person: string, unit: string): void;
}

export class OverloadPanel {
  readonly element = el('section', {
    className: 'overload',
    attrs: { 'aria-labelledby': 'overload-title', hidden: true },
  });

  constructor(private readonly deps: OverloadDeps) {}

  clear(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }

  async load(window: string, signal: AbortSignal): Promise<void> {
    this.element.hidden = false;
    this.element.replaceChildren(
      title(),
      el('p', { className: 'muted', text: 'Weighing the bridging load…' }),
    );
    try {
      const answer = await this.deps.api.get<OverloadAnswer>('/overload', { window }, signal);
      if (signal.aborted) return;
      this.element.replaceChildren(title(), ...this.render(answer));
    } catch (error) {
      if (signal.aborted) return;
      const problem = asApiError(error);
      this.element.replaceChildren(
        title(),
        el('p', { className: 'muted', text: `Not shown: ${problem.title}.` }),
      );
      this.deps.report(problem);
    }
  }

  private render(answer: OverloadAnswer): HTMLElement[] {
    const rule = el('p', { className: 'muted', text: answer.rule.says });
    if (!answer.people.length)
      return [rule, el('p', { text: 'Nobody outside leadership carries that much of the bridging load.' })];
    const items = answer.people.map((person) =>
      el('li', { attrs: { 'data-person': person.id } }, [
        el('strong', { text: `${person.name} (${person.unitName}, ${person.role})` }),
        el('p', { text: person.reason }),
        el('p', { className: 'muted', text: `Ties to ${person.units.map((u) => u.name).join(', ')}.` }),
        el('button', {
          className: 'link-button',
          text: 'Show on the map',
          attrs: { type: 'button' },
          on: { click: () => this.deps.select(person.id, person.unit) },
        }),
      ]),
    );
    return [rule, el('ul', { className: 'overload-list failure-list' }, items)];
  }
}

function title(): HTMLElement {
  return el('h2', { text: 'Carrying too much of the bridging load', attrs: { id: 'overload-title' } });
}
