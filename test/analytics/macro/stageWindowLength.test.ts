/**
 * The stage as of a date does not depend on the window's length: a steadily falling (or rising) series ending on
 * the same day reads the same stage at 30, 90, 180 and 365 days, and the stage reads only the trend spans.
 */
import { describe, expect, it } from 'vitest';
import { findRelationship, macroCycle } from '../../../server/analytics/macro/index.ts';
import type { RelationshipHistory } from '../../../server/analytics/projection/loadRelationshipPeriods.ts';
import { resolveWindow } from '../../../server/analytics/window.ts';
import { periodFacts as facts } from '../support/periodFacts.ts';

const DAY = 86_400_000;
const END = '2026-11-01';
const LENGTHS = [30, 90, 180, 365];

/** Twelve periods of volumes, oldest first (period 11 … 0), each side starting half. */
function history(volumes: number[]): RelationshipHistory {
  const to = Date.parse(`${END}T00:00:00Z`);
  return {
    a: 'dept-001',
    b: 'prov-hr',
    firstAt: to - 360 * DAY,
    lastAt: to - 2 * DAY,
    medianGapDays: 2,
    periods: volumes.map((volume, i) =>
      facts(volumes.length - 1 - i, {
        volume,
        peopleA: Math.ceil(volume / 3),
        peopleB: Math.ceil(volume / 3),
        meeting: volume,
        initiatedByA: Math.floor(volume / 2),
        initiatedByB: Math.ceil(volume / 2),
      }),
    ),
  };
}

function stageAt(h: RelationshipHistory, days: number) {
  const from = new Date(Date.parse(`${END}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
  const window = resolveWindow({ from, to: END }, null);
  return findRelationship(macroCycle([h], window), h.a, h.b)!;
}

describe('the stage does not depend on the window length', () => {
  const falling = history([20, 20, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2]);
  const rising = history([3, 3, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21]);

  it.each(LENGTHS)('a steadily falling series is declining at %i days', (days) => {
    expect(stageAt(falling, days).stage.stage).toBe('declining');
  });

  it.each(LENGTHS)('a steadily rising series is growing at %i days', (days) => {
    expect(stageAt(rising, days).stage.stage).toBe('growing');
  });

  it('judges on the same trend span whatever the window, and says which', () => {
    const spans = LENGTHS.map((days) => stageAt(falling, days).trend);
    expect(new Set(spans.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(spans[0]).toMatchObject({ to: `${END}T00:00:00.000Z`, periods: 9 });
    const because = LENGTHS.map((days) => stageAt(falling, days).stage.because);
    expect(new Set(because).size).toBe(1);
  });
});
