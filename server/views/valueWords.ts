/**
 * A relationship's value in plain words, as the dashboard and the digest say it: "€120k planned, €90k due,
 * €45k realised — 50 % leaking". Currency codes take their sign; other units follow the number ("1.2k hours").
 */
import type { RelationshipValue, UnitAmounts } from '../analytics/value/index.ts';
import type { RelationshipValueAnswer } from '../schema/value.ts';

const SIGNS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', '€': '€', $: '$', '£': '£' };

/** 120000 → "120k", 1250000 → "1.25M", 950 → "950". */
export function compactNumber(value: number): string {
  const magnitude = Math.abs(value);
  const [scaled, suffix] =
    magnitude >= 1e9
      ? [value / 1e9, 'bn']
      : magnitude >= 1e6
        ? [value / 1e6, 'M']
        : magnitude >= 1e3
          ? [value / 1e3, 'k']
          : [value, ''];
  const digits = Math.abs(scaled) >= 100 || suffix === '' ? 0 : Math.abs(scaled) >= 10 ? 1 : 2;
  return `${Number(scaled.toFixed(digits))}${suffix}`;
}

export function formatAmount(value: number, unit: string): string {
  const sign = SIGNS[unit.toUpperCase()] ?? SIGNS[unit];
  return sign
    ? `${value < 0 ? '−' : ''}${sign}${compactNumber(Math.abs(value))}`
    : `${compactNumber(value)} ${unit}`;
}

/** "50 % leaking", "10 % ahead of plan", or "on plan". */
export function leakageWords(share: number): string {
  const percent = Math.round(share * 100);
  if (percent === 0) return 'on plan';
  return percent > 0 ? `${percent} % leaking` : `${-percent} % ahead of plan`;
}

const amountWords = (a: UnitAmounts) =>
  `${formatAmount(a.planned, a.unit)} planned, ${formatAmount(a.due, a.unit)} due, ` +
  `${formatAmount(a.realised, a.unit)} realised`;

export function valueText(value: Pick<RelationshipValue, 'initiatives' | 'amounts' | 'share'>): string {
  if (value.share === null) {
    const n = value.initiatives.length;
    return `${n} initiative${n === 1 ? '' : 's'}, nothing due yet`;
  }
  return `${value.amounts.map(amountWords).join('; ')} — ${leakageWords(value.share)}`;
}

/** The relationships answer's value of a relationship (server/schema/value.ts). */
export function valueAnswer(value: RelationshipValue): RelationshipValueAnswer {
  return {
    initiatives: value.initiatives.length,
    counted: value.counted,
    amounts: value.amounts.map(({ unit, planned, due, realised, leakage, share }) => ({
      ...{ unit, planned, due, realised, leakage, share },
    })),
    share: value.share,
    worst: value.worst,
    text: valueText(value),
  };
}
