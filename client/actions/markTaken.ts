/**
 * "Mark as taken" (analysts and BRMs): a button beside a digest line or an introduction that opens a small form
 * — the day it was taken (prefilled), a note — and posts the action (POST /api/actions). The answer's effect
 * so far is shown in its place; a refusal is reported as the server states it.
 */
import type { ActionBody, ActionRecord } from '../../server/schema/actions.ts';
import { asApiError, type ApiClient, type ApiError } from '../api/client.ts';
import { el } from '../shell/dom.ts';
import { actionRow } from './actionList.ts';

export type Proposal = Omit<ActionBody, 'takenAt' | 'note'>;

export interface MarkTakenDeps {
  api: ApiClient;
  report(problem: ApiError): void;
  /** Called with the recorded action (e.g. to reload a list of actions). */
  recorded?(action: ActionRecord): void;
}

export function markTakenControl(deps: MarkTakenDeps, proposal: Proposal, day: string): HTMLElement {
  const host = el('span', { className: 'mark-taken' });
  const open = el('button', {
    className: 'link-button mark-taken-open',
    text: 'Mark as taken',
    attrs: { type: 'button' },
    on: { click: () => host.replaceChildren(form(deps, proposal, day, host)) },
  });
  host.append(open);
  return host;
}

function form(deps: MarkTakenDeps, proposal: Proposal, day: string, host: HTMLElement): HTMLElement {
  const date = el('input', { attrs: { type: 'date', value: day, required: true, 'aria-label': 'Taken on' } });
  const note = el('input', { attrs: { type: 'text', maxlength: 1000, placeholder: 'Note (optional)' } });
  const submit = el('button', { text: 'Record', attrs: { type: 'submit' } });
  const element = el('form', { className: 'mark-taken-form' }, [
    el('label', {}, ['Taken on ', date]),
    note,
    submit,
  ]);
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    void post(
      deps,
      { ...proposal, takenAt: date.value, ...(note.value.trim() && { note: note.value.trim() }) },
      host,
    ).finally(() => (submit.disabled = false));
  });
  return element;
}

async function post(deps: MarkTakenDeps, body: ActionBody, host: HTMLElement): Promise<void> {
  try {
    const { action } = await deps.api.post<{ action: ActionRecord }>('/actions', body);
    host.replaceChildren(
      el('span', { className: 'mark-taken-done', text: 'Marked taken.' }),
      el('ol', { className: 'action-list' }, [actionRow(action)]),
    );
    deps.recorded?.(action);
  } catch (error) {
    deps.report(asApiError(error));
  }
}
