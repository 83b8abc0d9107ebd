/**
 * The isolation rules as the silos view words them: a name for each rule, its value and its threshold as
 * people read them (percentages, yes/no), and the comparison that makes it fire. The numbers are the API's.
 */
import type { SiloUnit } from '../api/analytics.ts';
import { formatNumber } from '../shell/dom.ts';

export type RuleCheck = SiloUnit['checks'][number];
type Rule = RuleCheck['rule'];

interface RuleWording {
  label: string;
  /** How the value is compared with the threshold when the rule fires. */
  comparison: string;
  format(value: number | boolean | null): string;
}

const percent = (value: number | boolean | null) =>
  typeof value === 'number' ? `${Math.round(value * 100)}%` : '—';
const plain = (value: number | boolean | null) =>
  typeof value === 'number' ? formatNumber(value) : value === null ? '—' : String(value);
const signed = (value: number | boolean | null) =>
  typeof value === 'number' ? `${value > 0 ? '+' : ''}${value.toFixed(2)}` : '—';

export const RULES: Record<Rule, RuleWording> = {
  ei: { label: 'E-I index', comparison: 'below', format: signed },
  eiVsBaseline: { label: 'E-I against random mixing', comparison: 'below', format: signed },
  reach: { label: 'Other units reached', comparison: 'at most', format: plain },
  inwardMembers: { label: 'Members without an outside tie', comparison: 'at least', format: percent },
  providers: { label: 'Providers engaged', comparison: 'at most', format: plain },
  noBrm: {
    label: 'Assigned BRM',
    comparison: 'flags',
    format: (value) => (value === true ? 'yes' : value === false ? 'none' : '—'),
  },
};

/** "−1.00 is below −0.50" style words for a check: value, comparison, threshold. */
export function checkWords(check: RuleCheck): { value: string; threshold: string } {
  const wording = RULES[check.rule];
  const threshold =
    check.rule === 'noBrm' ? 'no BRM' : `${wording.comparison} ${wording.format(check.threshold)}`;
  return { value: wording.format(check.value), threshold };
}

export function firedCount(unit: SiloUnit): { fired: number; of: number } {
  return { fired: unit.checks.filter((check) => check.fired).length, of: unit.checks.length };
}
