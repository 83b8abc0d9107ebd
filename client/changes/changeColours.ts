/**
 * The colours of a tie's change between two periods, from Okabe & Ito's colour-blind-safe palette (as the
 * rest of the explorer, client/theme.ts): cool for more (gained, stronger), warm for less (weaker, lost), and
 * a light grey for steady ties, drawn faint. Units are drawn in a neutral slate so no node shares a tie's hue.
 */
import type { CompareAnswer } from '../../server/schema/compare.ts';
import { OKABE_ITO } from '../theme.ts';

export type Change = CompareAnswer['pairs'][number]['change'];

export const CHANGES: readonly Change[] = ['gained', 'stronger', 'weaker', 'lost', 'steady'];

export const CHANGE_COLOURS: Record<Change, string> = {
  gained: OKABE_ITO.bluishGreen,
  stronger: OKABE_ITO.blue,
  weaker: OKABE_ITO.orange,
  lost: OKABE_ITO.vermillion,
  steady: '#B8BDC4',
};

export const CHANGE_LABELS: Record<Change, string> = {
  gained: 'Gained: working together now, not before',
  stronger: 'Stronger: more engagements a month',
  weaker: 'Weaker: fewer engagements a month',
  lost: 'Lost: worked together before, not now',
  steady: 'Steady',
};

export const UNIT_COLOUR = '#5B6470';
