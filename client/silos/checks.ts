/**
 * A unit's rule checks, opened under its row of the silos table: why it is flagged (the API's reason), then
 * each rule with its value, threshold, whether it fired and the API's words for it.
 */
import type { SiloUnit } from '../api/analytics.ts';
import { el } from '../shell/dom.ts';
import { checkWords, RULES } from './rules.ts';

export function checksRow(unit: SiloUnit, colspan: number): HTMLTableRowElement {
  const rows = unit.checks.map((check) => {
    const words = checkWords(check);
    return el('tr', { className: check.fired ? 'fired' : '' }, [
      el('th', { text: RULES[check.rule].label, attrs: { scope: 'row' } }),
      el('td', { text: words.value }),
      el('td', { text: words.threshold }),
      el('td', { text: check.fired ? 'Fired' : 'Not fired' }),
      el('td', { className: 'reason', text: check.reason }),
    ]);
  });
  const table = el('table', { className: 'checks' }, [
    el('thead', {}, [
      el(
        'tr',
        {},
        ['Rule', 'Value', 'Threshold', 'Fired', 'In words'].map((t) =>
          el('th', { text: t, attrs: { scope: 'col' } }),
        ),
      ),
    ]),
    el('tbody', {}, rows),
  ]);
  const summary = unit.reason ? el('p', { className: 'reason', text: unit.reason }) : null;
  return el('tr', { className: 'checks-row', attrs: { id: `checks-${unit.id}` } }, [
    el('td', { attrs: { colspan } }, [summary, table]),
  ]);
}
