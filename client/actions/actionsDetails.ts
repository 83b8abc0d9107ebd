/**
 * The relationships dashboard's list of every action taken and what followed (analysts): a closed disclosure
 * that asks GET /api/actions when opened, so the dashboard itself never waits for the effects.
 */
import { maySeePeople, roleOf } from '../map/role.ts';
import { el } from '../shell/dom.ts';
import { ActionsPanel, type ActionsPanelDeps } from './actionsPanel.ts';

export async function actionsDetails(deps: ActionsPanelDeps): Promise<HTMLElement | null> {
  if (!maySeePeople(await roleOf(deps.api))) return null;
  const panel = new ActionsPanel(deps, 'Newest first');
  const details = el('details', { className: 'rel-actions' }, [
    el('summary', { text: 'Actions taken and what followed' }),
    panel.element,
  ]);
  details.addEventListener('toggle', () => {
    if (details.open) void panel.load({ limit: '20' });
    else panel.destroy();
  });
  return details;
}
