/**
 * The what-if marks' colours (one place, as the silos and changes views keep theirs): what would break in one
 * magenta — ties cut (dashed) and units newly isolated (ringed) — who would carry the load in teal. Shapes
 * carry the meaning too (dash, ring, cross), so the marks read without colour; none of these hues is a map
 * encoding's, so a pixel of them on the map is a what-if mark.
 */
export const WHATIF_COLOURS = {
  cut: '#C2185B',
  isolated: '#AD1457',
  load: '#00838F',
  leaving: '#1F2328',
} as const;
