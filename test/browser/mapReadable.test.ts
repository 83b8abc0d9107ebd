/**
 * A map leaders can read, in headless Chromium on the `s` demo org: ties drawn in their stage's colour,
 * selection that dims everything but a node's neighbourhood, Fit, and a viewer never offered the person level.
 * Pixel counts are of the colours the legend names, blended as the canvas draws them.
 */
import { describe, expect, it } from 'vitest';
import { ALPHA } from '../../client/map/batches.ts';
import { STAGE_COLOURS } from '../../client/theme.ts';
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { mapSettled, screenshot, useExplorer } from './support/explorer.ts';
import { inkNear, overWhite } from './support/mapPixels.ts';

const fixture = useExplorer('s', 42);

async function apiGraph(query: string): Promise<GraphAnswer> {
  const response = await fixture.explorer.app.call(`/api/graph?${query}&limit=20000`, { as: 'analyst' });
  expect(response.status).toBe(200);
  return (await response.json()) as GraphAnswer;
}

describe('map: ties coloured by stage', () => {
  it('draws every stage the answer holds in its own colour', async () => {
    const answer = await apiGraph('level=unit&window=365d');
    const stages = new Set(answer.edges.map((e) => e.stage).filter((s) => s));
    expect(stages.size).toBeGreaterThan(1);
    const { page, problems } = await fixture.explorer.open(
      'analyst',
      '#/map?window=365d&colour=stage&ties=all',
    );
    await mapSettled(page);
    const shown = Object.fromEntries(
      Object.entries(STAGE_COLOURS).map(([stage, colour]) => [stage, overWhite(colour, ALPHA.link.unit)]),
    );
    const ink = await inkNear(page, Object.values(shown));
    await screenshot(page, 'map-stage-colours');
    // Weak ties are thin and mostly anti-aliased: each stage shows some exact pixels, all of them many.
    for (const stage of stages) expect(ink[shown[stage!]!], stage!).toBeGreaterThan(0);
    expect(Object.values(ink).reduce((a, b) => a + b, 0)).toBeGreaterThan(1_000);
    for (const [stage, colour] of Object.entries(shown))
      if (!stages.has(stage as never)) expect(ink[colour], stage).toBe(0);
    expect(problems).toEqual([]);
  });
});
