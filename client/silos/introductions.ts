/**
 * Introductions worth making, in the silos view (analysts: GET /api/introductions names people): for a unit
 * selected in the table or on the map — isolated, or hanging on one person — and for a single point of failure
 * ("who depends on this person, and who could become a second bridge"). The ranked pairs are told in words:
 * who to introduce, why it could take, what it would change.
 */
import type { IntroductionsAnswer } from '../../server/schema/introductions.ts';
import { asApiError, type ApiClient, type ApiError } from '../api/client.ts';
import { markTakenControl } from '../actions/markTaken.ts';
import { el } from '../shell/dom.ts';
import { dependenceSentences, effectSentence, pairSentence } from './introductionSentences.ts';

export interface IntroductionsDeps {
  api: ApiClient;
  report(problem: ApiError): void;
}

export class IntroductionsPanel {
  readonly element = el('section', {
    className: 'introductions',
    attrs: { 'aria-live': 'polite', 'aria-label': 'Introductions' },
  });
  private pending: AbortController | undefined;

  constructor(private readonly deps: IntroductionsDeps) {}

  /** A button that asks for the unit's introductions (`question` says what for). */
  button(unit: string, window: string, question: string): HTMLElement {
    return el('button', {
      className: 'link-button introductions-ask',
      text: question,
      attrs: { type: 'button', 'data-unit': unit },
      on: { click: () => void this.show(unit, window) },
    });
  }

  clear(): void {
    this.pending?.abort();
    this.element.replaceChildren();
  }

  async show(unit: string, window: string): Promise<void> {
    this.pending?.abort();
    const request = (this.pending = new AbortController());
    this.element.replaceChildren(el('p', { className: 'muted', text: 'Looking for introductions…' }));
    try {
      const query = { unit, window, limit: '5' };
      const answer = await this.deps.api.get<IntroductionsAnswer>('/introductions', query, request.signal);
      if (request.signal.aborted) return;
      this.element.replaceChildren(...render(answer, this.deps));
      this.element.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      if (request.signal.aborted) return;
      this.element.replaceChildren();
      this.deps.report(asApiError(error));
    }
  }
}

function render(answer: IntroductionsAnswer, deps: IntroductionsDeps): Node[] {
  const depends = dependenceSentences(answer);
  // taken on the window's last day unless changed; aimed at what the unit suffers from
  const day = new Date(Date.parse(answer.window.to) - 86_400_000).toISOString().slice(0, 10);
  const metric = answer.situation.isolated ? ('isolation' as const) : ('brokerShare' as const);
  const items = answer.introductions.map((intro) =>
    el('li', { attrs: { 'data-a': intro.a.id, 'data-b': intro.b.id } }, [
      el('strong', { text: pairSentence(intro) }),
      markTakenControl(
        deps,
        {
          kind: 'introduction',
          metric,
          units: [answer.unit.id, intro.b.unit],
          people: [intro.a.id, intro.b.id],
        },
        day,
      ),
      el('p', { text: intro.why.text }),
      el('p', { className: 'muted', text: effectSentence(intro, answer.unit.name) }),
    ]),
  );
  return [
    el('h2', { text: `Introductions for ${answer.unit.name}` }),
    depends.length ? el('h3', { text: 'Who it depends on' }) : null,
    depends.length
      ? el(
          'ul',
          { className: 'dependence' },
          depends.map((text) => el('li', { text })),
        )
      : null,
    el('h3', { text: depends.length ? 'Who could become a second bridge' : 'Who could connect it' }),
    items.length
      ? el('ol', { className: 'introduction-list' }, items)
      : el('p', { className: 'muted', text: 'No introduction would change its isolation in this window.' }),
    el('details', {}, [
      el('summary', { text: 'How they are ranked' }),
      el('p', { className: 'muted', text: answer.method }),
    ]),
  ].filter((node) => node !== null);
}
