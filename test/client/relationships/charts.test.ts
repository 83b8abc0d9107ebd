import { describe, expect, it } from 'vitest';
import { levelBarGeometry, levelWords } from '../../../client/relationships/levelBar.ts';
import { sparklineGeometry, sparklineWords } from '../../../client/relationships/sparkline.ts';
import { promiseCategory } from '../../../client/relationships/timelineMarks.ts';

describe('maturity level bar', () => {
  const size = { width: 128, height: 22 };
  it('places the five levels evenly with the marks on their levels', () => {
    const g = levelBarGeometry({ assessed: 2, indicated: 4, target: 5 }, size);
    expect(g.ticks.map((t) => t.x)).toEqual([7, 35.5, 64, 92.5, 121]);
    expect(g.marks).toEqual([
      { kind: 'assessed', level: 2, x: 35.5 },
      { kind: 'indicated', level: 4, x: 92.5 },
      { kind: 'target', level: 5, x: 121 },
    ]);
  });

  it('shades the gap from the assessed level (a survey mean) up to the target', () => {
    const g = levelBarGeometry({ assessed: 2.5, indicated: 1, target: 4 }, size);
    expect(g.gap).toEqual({ x0: 49.75, x1: 92.5 });
  });

  it('falls back to the indicated level, and shows no gap at or above the target', () => {
    expect(levelBarGeometry({ assessed: null, indicated: 3, target: 4 }, size).gap).toEqual({
      x0: 64,
      x1: 92.5,
    });
    expect(levelBarGeometry({ assessed: 4, indicated: 2, target: 4 }, size).gap).toBeNull();
    expect(levelBarGeometry({ assessed: 5, indicated: null, target: 3 }, size).gap).toBeNull();
    expect(levelBarGeometry({ assessed: null, indicated: null, target: 3 }, size).marks).toHaveLength(1);
  });

  it('says the levels in words', () => {
    expect(levelWords({ assessed: 2.25, indicated: null, target: 4 })).toBe(
      'Maturity: assessed 2.3, indicated not known, target 4.',
    );
  });
});

describe('sparkline', () => {
  const point = (volume: number, breadth: number) => ({
    from: '',
    to: '',
    volume,
    breadth,
    breadthA: 0,
    breadthB: 0,
    manyOnOneShare: null,
    multiplexity: 1,
  });
  it('draws one bar per period scaled to the largest volume, and the breadth as a line', () => {
    const g = sparklineGeometry([point(10, 4), point(5, 2)], { width: 100, height: 22 });
    expect(g.bars.map((b) => b.height)).toEqual([20, 10]);
    expect(g.bars[1]!.x).toBe(50.5);
    expect(g.breadth).toBe('M25.0,2.0L75.0,11.5');
    expect(sparklineWords([point(10, 4), point(5, 2)])).toContain('volume 10 to 5 engagements');
  });

  it('draws nothing for an empty series and no line for one period', () => {
    expect(sparklineGeometry([])).toEqual({ bars: [], breadth: '' });
    expect(sparklineGeometry([point(3, 1)]).breadth).toBe('');
  });
});

describe('timeline marks', () => {
  const engagement = (promise: 'kept' | 'late' | 'missed' | 'pending' | null, negotiated: boolean) => ({
    at: '2026-01-01T00:00:00Z',
    kind: 'meeting' as const,
    participants: 2,
    initiatedBy: 'department' as const,
    negotiated,
    outcome: 'agreed' as const,
    promisedBy: null,
    deliveredAt: null,
    promise,
    sentiment: null,
  });
  it('tells promise outcomes, negotiated without a date, and plain engagements apart', () => {
    expect(promiseCategory(engagement('late', true))).toBe('late');
    expect(promiseCategory(engagement(null, true))).toBe('negotiated');
    expect(promiseCategory(engagement(null, false))).toBe('plain');
  });
});
