/**
 * Errors as the server states them: the problem's title and detail, its field errors, and for a 403 what
 * role is needed. Shown in one alert region until dismissed or replaced.
 */
import type { ApiError } from '../api/client.ts';
import { el } from './dom.ts';

export class ProblemBanner {
  readonly element = el('div', { className: 'problem-banner', attrs: { role: 'alert', hidden: true } });

  show(error: ApiError): void {
    const lines = [
      el('strong', { text: error.status ? `${error.title} (${error.status})` : error.title }),
      error.detail ? el('span', { text: ` ${error.detail}` }) : null,
    ];
    const fields = error.errors.map((field) =>
      el('li', { text: `${field.path || '(request)'}: ${field.message}` }),
    );
    const hint = error.status === 403 ? el('p', { text: hintFor403(error) }) : null;
    this.element.replaceChildren(
      el('div', { className: 'problem-text' }, [
        el('p', {}, lines),
        fields.length ? el('ul', {}, fields) : null,
        hint,
      ]),
      el('button', {
        className: 'dismiss',
        text: 'Dismiss',
        attrs: { type: 'button' },
        on: { click: () => this.clear() },
      }),
    );
    this.element.hidden = false;
  }

  clear(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }
}

function hintFor403(error: ApiError): string {
  const role = /\b(viewer|analyst|admin)\b/.exec(error.detail ?? '')?.[1];
  return role
    ? `Your token's role cannot see this; it needs the ${role} role. Ask an admin, or choose another view.`
    : "Your token's role cannot see this. Ask an admin, or choose another view.";
}
