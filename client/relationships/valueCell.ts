/**
 * The value column: a bar of what was due by the window end, filled as far as the benefit realised (the empty
 * rest is the leakage, hatched), for the relationship's largest benefit unit, and the API's words beside it
 * ("€120k planned, €90k due, €45k realised — 50 % leaking"). Geometry is pure (tested); numbers are the API's.
 */
import type { RelationshipRow } from '../api/analytics.ts';
import { el } from '../shell/dom.ts';

type Value = NonNullable<RelationshipRow['value']>;

export const VALUE_BAR_WIDTH = 96;

/** Pixels of the bar filled by the realised benefit of the largest unit (full when realised ≥ due). */
export function realisedWidth(value: Value, width = VALUE_BAR_WIDTH): number | null {
  const amounts = value.amounts[0];
  if (!amounts || amounts.due <= 0) return null;
  return Math.round(width * Math.min(1, Math.max(0, amounts.realised / amounts.due)));
}

export function valueCell(value: RelationshipRow['value']): HTMLElement | string {
  if (!value) return '—';
  const fill = realisedWidth(value);
  const cell = el('div', {
    className: 'value-cell',
    attrs: { 'data-share': value.share === null ? '' : value.share.toFixed(4), title: explanation(value) },
  });
  if (fill !== null) {
    // Widths through the CSSOM: the CSP forbids inline style attributes.
    const bar = el('div', { className: 'value-bar', attrs: { 'aria-hidden': 'true' } });
    const filled = el('div', { className: 'value-fill' });
    bar.style.width = `${VALUE_BAR_WIDTH}px`;
    filled.style.width = `${fill}px`;
    bar.append(filled);
    cell.append(bar);
  }
  cell.append(el('div', { className: 'value-text', text: value.text }));
  return cell;
}

/** The rule behind the numbers, on hover: what counts and which initiative leaks most. */
function explanation(value: Value): string {
  const worst = value.worst ? ` Leaking most: ${value.worst.name}.` : '';
  return (
    `${value.counted} of ${value.initiatives} initiatives had benefit due by the window end (a plan falls due ` +
    `over the 12 months from its start); the leakage is what was due less what was realised.${worst}`
  );
}
