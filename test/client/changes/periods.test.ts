import { describe, expect, it } from 'vitest';
import {
  addMonths,
  formatPeriod,
  periodsOf,
  presetOf,
  presetPeriods,
} from '../../../client/changes/periods.ts';

describe('What changed periods', () => {
  it('moves dates by calendar months, keeping to the end of short months', () => {
    expect(addMonths('2026-11-01', -3)).toBe('2026-08-01');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -12)).toBe('2025-01-15');
  });

  it('computes the presets from the data end', () => {
    expect(presetPeriods('quarter', '2026-11-01')).toEqual({
      before: { from: '2026-05-01', to: '2026-08-01' },
      after: { from: '2026-08-01', to: '2026-11-01' },
    });
    expect(presetPeriods('year', '2026-11-01')).toEqual({
      before: { from: '2025-08-01', to: '2025-11-01' },
      after: { from: '2026-08-01', to: '2026-11-01' },
    });
  });

  it('takes the periods the state names, else the first preset once the end is known', () => {
    const named = { before: ['2026-01-01', '2026-02-01'], after: ['2026-03-01', '2026-04-01'] };
    expect(periodsOf(named, null)).toEqual({
      before: { from: '2026-01-01', to: '2026-02-01' },
      after: { from: '2026-03-01', to: '2026-04-01' },
    });
    expect(periodsOf({ before: [], after: [] }, null)).toBeNull();
    const preset = periodsOf({ before: [], after: [] }, '2026-11-01')!;
    expect(presetOf(preset, '2026-11-01')).toBe('quarter');
    expect(presetOf(periodsOf(named, null)!, '2026-11-01')).toBeNull();
  });

  it('shows a period with its last day included', () => {
    expect(formatPeriod({ from: '2026-08-01', to: '2026-11-01' })).toBe('1 Aug – 31 Oct 2026');
    expect(formatPeriod({ from: '2025-12-01', to: '2026-01-01' })).toBe('1 Dec – 31 Dec 2025');
    expect(formatPeriod({ from: '2025-12-01', to: '2026-01-02' })).toBe('1 Dec 2025 – 1 Jan 2026');
  });
});
