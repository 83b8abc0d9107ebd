/**
 * What one new tie would do to a unit's isolation: the unit's numbers (silos/isolation.ts) with a tie of weight
 * `added` from member x to person y of another unit, held against the same rules. Only x's side moves: E-I
 * gains external weight, reach gains y's unit if the unit did not reach it, x stops being a member without an
 * outside tie, and a department engages y's provider if it did not. In Burt's (1992) terms a tie into a unit
 * already reached is redundant and moves only E-I; one into a new unit spans a structural hole.
 */
import { checkRules, type IsolationConfig, type IsolationNumbers } from '../silos/isolationRules.ts';

export interface UnitStanding {
  numbers: IsolationNumbers;
  /** E-I external and internal weight sums of the unit's members. */
  external: number;
  internal: number;
  reached: Set<string>;
  /** Members with a tie outside the unit. */
  outward: Set<string>;
  /** Top-level providers engaged (departments only). */
  providersEngaged: Set<string> | null;
}

export interface NewTie {
  member: string;
  /** The other person's unit and, when it is a provider, its top-level provider. */
  otherUnit: string;
  otherProvider: string | null;
  added: number;
}

export interface IsolationAfter {
  numbers: IsolationNumbers;
  score: number;
  flagged: boolean;
}

export function isolationAfter(
  standing: UnitStanding,
  tie: NewTie,
  config: IsolationConfig,
  minRulesFired: number,
): IsolationAfter {
  const { numbers } = standing;
  const external = standing.external + tie.added;
  const ei = (external - standing.internal) / (external + standing.internal);
  const inward =
    numbers.shareWithoutExternalTie * numbers.members - (standing.outward.has(tie.member) ? 0 : 1);
  const after: IsolationNumbers = {
    ...numbers,
    ei,
    eiVsBaseline: numbers.eiBaseline === null ? null : ei - numbers.eiBaseline,
    reach: numbers.reach + (standing.reached.has(tie.otherUnit) ? 0 : 1),
    shareWithoutExternalTie: Math.max(0, inward) / numbers.members,
  };
  if (numbers.providersEngaged !== undefined && standing.providersEngaged) {
    const fresh = tie.otherProvider !== null && !standing.providersEngaged.has(tie.otherProvider);
    after.providersEngaged = numbers.providersEngaged + (fresh ? 1 : 0);
  }
  const checks = checkRules(after, config);
  return {
    numbers: after,
    score: checks.reduce((sum, check) => sum + check.severity, 0) / checks.length,
    flagged: checks.filter((check) => check.fired).length >= minRulesFired,
  };
}
