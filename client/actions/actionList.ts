/**
 * Actions marked taken and what followed (GET /api/actions), as a list: when, who, what, the observation in
 * words with its effect drawn (effectChart.ts), and the caveat that it is an observation, not proof of cause.
 */
import type { ActionRecord, ActionsAnswer } from '../../server/schema/actions.ts';
import { el } from '../shell/dom.ts';
import { effectChart } from './effectChart.ts';

export function actionWords(action: ActionRecord): string {
  const by = action.takenBy.person?.name ?? `an ${action.takenBy.role}`;
  const [a, b] = action.people;
  const what =
    action.kind === 'introduction'
      ? `introduced ${a?.name ?? 'someone forgotten'} to ${b?.name ?? 'someone forgotten'}`
      : `acted on the ${action.effect.measure}`;
  return `${action.takenAt}: ${by} ${what}.`;
}

export function actionRow(action: ActionRecord): HTMLElement {
  return el(
    'li',
    {
      className: 'action-row',
      attrs: { 'data-action': action.id, 'data-direction': action.effect.direction },
    },
    [
      el('strong', { text: actionWords(action) }),
      action.note ? el('p', { className: 'muted', text: action.note }) : null,
      el('div', { className: 'action-effect' }, [
        effectChart(action.effect),
        el('p', { className: 'effect-text', text: action.effect.text }),
      ]),
    ],
  );
}

export function renderActions(answer: ActionsAnswer, empty: string): HTMLElement[] {
  if (answer.actions.length === 0) return [el('p', { className: 'muted', text: empty })];
  return [
    el('ol', { className: 'action-list' }, answer.actions.map(actionRow)),
    el('p', { className: 'muted action-caveat', text: answer.caveat }),
  ];
}
