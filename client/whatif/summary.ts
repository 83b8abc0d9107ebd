/**
 * The what-if panel beside the map: what was asked, a way back to the normal map, the findings in plain words
 * (sentences.ts), and a key to the marks drawn on the map. Units in the lists select themselves on the map.
 */
import { el } from '../shell/dom.ts';
import type { WhatIfMarks } from './marks.ts';
import type { Leaver, WhatIfAnswer } from './request.ts';
import { disconnectedSentences, failureSentence, loadSentence, shiftSentence } from './sentences.ts';

export interface SummaryContext {
  leaver: Leaver;
  marks: WhatIfMarks;
  unitName(id: string): string;
  back(): void;
}

export function renderSummary(answer: WhatIfAnswer, context: SummaryContext): HTMLElement {
  const { leaver, marks, unitName } = context;
  const failures = answer.singlePointsOfFailure ?? [];
  const load = answer.betweenness ?? [];
  const quiet = answer.disconnected.length + answer.units.length + failures.length === 0;
  const leaving =
    leaver.kind === 'unit'
      ? `${answer.removed.peopleCount} people of ${leaver.label} leave (window ${answer.window.key}).`
      : `Window ${answer.window.key}.`;
  return el('section', { className: 'whatif', attrs: { 'aria-labelledby': 'whatif-title' } }, [
    el('div', { className: 'details-head' }, [
      el('h2', { text: `What if ${leaver.label} left?`, attrs: { id: 'whatif-title' } }),
      el('button', {
        className: 'whatif-back',
        text: 'Back to the map',
        attrs: { type: 'button' },
        on: { click: context.back },
      }),
    ]),
    el('p', { className: 'subtitle', text: leaving }),
    quiet ? el('p', { text: 'Nothing would be cut apart, and no unit’s isolation would change.' }) : null,
    list('Cut apart', 'disconnected', disconnectedSentences(answer)),
    list('Isolation and reach', 'units', answer.units.map(shiftSentence)),
    list(
      'New single points of failure',
      'failures',
      failures.map((f) => failureSentence(f, unitName)),
    ),
    list(
      'Who would carry the load',
      'load',
      load.map((r) => loadSentence(r, unitName)),
    ),
    ...answer.notes.map((note) => el('p', { className: 'muted', text: note })),
    key(marks),
  ]);
}

function list(title: string, kind: string, sentences: string[]): HTMLElement | null {
  if (sentences.length === 0) return null;
  return el('div', { attrs: { 'data-list': kind } }, [
    el('h3', { text: title }),
    el(
      'ul',
      {},
      sentences.map((text) => el('li', { text })),
    ),
  ]);
}

/** The marks on the map, counted, so the panel says what the picture shows. */
function key(marks: WhatIfMarks): HTMLElement {
  const rows: Array<[string, string, number]> = [
    ['cut', 'Dashed: ties that would be cut', marks.cut.length],
    ['isolated', 'Double ring: units newly isolated', marks.isolated.length],
    ['load', 'Teal ring: who would carry the load', marks.load.length],
    ['leaving', 'Crossed out: leaving', marks.leaving.length],
  ];
  return el('ul', { className: 'whatif-key', attrs: { 'aria-label': 'On the map' } }, [
    ...rows
      .filter(([, , count]) => count > 0)
      .map(([mark, text, count]) =>
        el('li', { attrs: { 'data-mark': mark, 'data-count': count } }, [
          el('span', { className: `whatif-swatch whatif-swatch-${mark}`, attrs: { 'aria-hidden': 'true' } }),
          `${text} (${count})`,
        ]),
      ),
  ]);
}
