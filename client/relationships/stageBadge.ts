/** A relationship's macro-cycle stage: its colour (theme.ts, Okabe & Ito) as a swatch, and its name in words. */
import { el } from '../shell/dom.ts';
import type { RelationshipStage } from '../state/state.ts';
import { NO_VALUE_GREY, STAGE_COLOURS } from '../theme.ts';

export function stageBadge(stage: RelationshipStage | null | undefined): HTMLElement {
  const swatch = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
  swatch.style.backgroundColor = stage ? STAGE_COLOURS[stage] : NO_VALUE_GREY;
  return el('span', { className: 'stage-badge', attrs: { 'data-stage': stage ?? 'none' } }, [
    swatch,
    el('span', { text: stage ?? 'no stage' }),
  ]);
}
