/** The sign-in form: one API token, kept in this tab only. A message says why sign-in is asked again. */
import { el } from './dom.ts';

export interface SignInOptions {
  message?: string;
  onToken: (token: string) => void;
}

export function renderSignIn(host: HTMLElement, options: SignInOptions): void {
  const input = el('input', {
    attrs: {
      id: 'token',
      name: 'token',
      type: 'password',
      autocomplete: 'off',
      required: true,
      spellcheck: 'false',
      'aria-describedby': 'token-help',
    },
  });
  const form = el('form', { className: 'sign-in', attrs: { 'aria-labelledby': 'sign-in-title' } }, [
    el('h1', { text: 'Trellis', attrs: { id: 'sign-in-title' } }),
    el('p', { className: 'tagline', text: 'Relationship networks for Business Relationship Management' }),
    options.message
      ? el('p', { className: 'problem', text: options.message, attrs: { role: 'alert' } })
      : null,
    el('label', { text: 'API token', attrs: { for: 'token' } }),
    input,
    el('p', {
      className: 'help',
      attrs: { id: 'token-help' },
      text: 'Your token is kept in this browser tab only and is sent to this server alone. An admin creates tokens; a local start prints where its admin token is.',
    }),
    el('button', { text: 'Sign in', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (token) options.onToken(token);
  });
  host.replaceChildren(el('main', { className: 'sign-in-page' }, [form]));
  input.focus();
}
