/**
 * The BRMs' role health on the relationships dashboard (analysts: GET /api/brm-roles names people): each BRM
 * as order taker, account manager or strategic partner, with the shares behind it and the API's reason as the
 * row's tooltip. Viewers are never asked for it and see nothing.
 */
import type { BrmRolesAnswer } from '../../server/schema/governance.ts';
import { asApiError, type ApiClient, type ApiError } from '../api/client.ts';
import { maySeePeople, roleOf } from '../map/role.ts';
import { el } from '../shell/dom.ts';

export interface BrmRolesDeps {
  api: ApiClient;
  report(problem: ApiError): void;
}

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);
const HEAD = ['BRM', 'Role', 'Engagements', 'Requests', 'Planning with leaders', 'Started by business'];

export class BrmRolesPanel {
  readonly element = el('section', {
    className: 'brm-roles',
    attrs: { 'aria-labelledby': 'brm-roles-title', hidden: true },
  });

  constructor(private readonly deps: BrmRolesDeps) {}

  async load(window: string, signal: AbortSignal): Promise<void> {
    if (!maySeePeople(await roleOf(this.deps.api)) || signal.aborted) return;
    try {
      const answer = await this.deps.api.get<BrmRolesAnswer>('/brm-roles', { window }, signal);
      if (signal.aborted) return;
      this.element.hidden = answer.brms.length === 0;
      this.element.replaceChildren(...render(answer));
    } catch (error) {
      if (!signal.aborted) this.deps.report(asApiError(error));
    }
  }
}

function render(answer: BrmRolesAnswer): HTMLElement[] {
  const rows = answer.brms.map((brm) =>
    el('tr', { attrs: { 'data-brm': brm.id, 'data-role': brm.role, title: brm.reason } }, [
      el('td', { text: brm.name }),
      el('td', {}, [el('span', { className: `brm-role brm-role-${brm.role}`, text: brm.roleName })]),
      el('td', { className: 'num', text: String(brm.engagements) }),
      el('td', { className: 'num', text: percent(brm.shares.transactional) }),
      el('td', { className: 'num', text: percent(brm.shares.strategic) }),
      el('td', { className: 'num', text: percent(brm.shares.startedByBusiness) }),
    ]),
  );
  return [
    el('h2', { text: 'BRM roles', attrs: { id: 'brm-roles-title' } }),
    el('p', { className: 'muted', text: answer.rule }),
    el('table', { className: 'brm-role-table' }, [
      el('thead', {}, [
        el(
          'tr',
          {},
          HEAD.map((title) => el('th', { text: title, attrs: { scope: 'col' } })),
        ),
      ]),
      el('tbody', {}, rows),
    ]),
  ];
}
