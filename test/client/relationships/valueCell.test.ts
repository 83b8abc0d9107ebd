/** The value bar's geometry (client/relationships/valueCell.ts): realised over due of the largest unit. */
import { describe, expect, it } from 'vitest';
import { realisedWidth, VALUE_BAR_WIDTH } from '../../../client/relationships/valueCell.ts';

const value = (amounts: Array<{ due: number; realised: number }>) => ({
  initiatives: amounts.length,
  counted: amounts.length,
  amounts: amounts.map((a) => ({ unit: 'EUR', planned: a.due, leakage: a.due - a.realised, share: 0, ...a })),
  share: 0,
  worst: null,
  text: '',
});

describe('value bar', () => {
  it('fills the realised share of what was due, of the first (largest) unit', () => {
    expect(realisedWidth(value([{ due: 120_000, realised: 45_000 }]))).toBe(
      Math.round(VALUE_BAR_WIDTH * 0.375),
    );
    expect(
      realisedWidth(
        value([
          { due: 100, realised: 50 },
          { due: 10, realised: 0 },
        ]),
        100,
      ),
    ).toBe(50);
  });

  it('is full when ahead of plan, empty when nothing was realised, and absent without anything due', () => {
    expect(realisedWidth(value([{ due: 100, realised: 250 }]), 80)).toBe(80);
    expect(realisedWidth(value([{ due: 100, realised: 0 }]), 80)).toBe(0);
    expect(realisedWidth(value([]))).toBeNull();
  });
});
