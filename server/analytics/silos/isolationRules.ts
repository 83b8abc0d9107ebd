/**
 * The isolation rules (DESIGN §3.3) and their thresholds, in one config. Each rule reads one number of
 * eiIndex, reach or providerCoverage and fires past its threshold; a unit is flagged isolated when enough rules
 * fire (minRulesFired, per unit type: the provider and BRM rules only apply to departments).
 *
 * Defaults, and why:
 * - eiBelow −0.5: more than three quarters of the unit's tie weight stays inside it (E-I < −0.5 ⇔ I > 3E).
 * - eiVsBaselineBelow −1.5: far more inward than random mixing (E-I − E-I* ranges over [−2, 2]; a small unit
 *   in a large org has E-I* ≈ 1, so this is E-I < −0.5 again; a large unit, with a lower E-I*, needs more).
 * - reachAtMost 2: its members engage at most two other units.
 * - shareWithoutExternalTieAtLeast 0.8: four in five members have no tie outside the unit.
 * - providersEngagedAtMost 1: a department engages at most one provider (top-level; IT's desk counts as IT).
 * - flagNoBrm true: a department without an assigned BRM.
 * - minRulesFired: department 4 of 6, provider 3 of 4 — one inward habit is not isolation; a department that
 *   keeps to itself, reaches nobody, leaves most members inside and has no BRM is.
 * A unit with members but no tie in the window fires the two E-I rules (no external tie: the limit −1) with
 * value null. Units without members in the window are not judged.
 */
import { z } from 'zod';

export const isolationConfigSchema = z
  .object({
    eiBelow: z.number().min(-1).max(1).default(-0.5),
    eiVsBaselineBelow: z.number().min(-2).max(2).default(-1.5),
    reachAtMost: z.number().int().min(0).default(2),
    shareWithoutExternalTieAtLeast: z.number().min(0).max(1).default(0.8),
    providersEngagedAtMost: z.number().int().min(0).default(1),
    flagNoBrm: z.boolean().default(true),
    // prefault: a partial minRulesFired (or none) takes the missing counts from these defaults.
    minRulesFired: z
      .object({
        department: z.number().int().min(1).max(6).default(4),
        provider: z.number().int().min(1).max(4).default(3),
      })
      .prefault({}),
  })
  .strict();

export type IsolationConfig = z.infer<typeof isolationConfigSchema>;

export const DEFAULT_ISOLATION_CONFIG: IsolationConfig = isolationConfigSchema.parse({});

export type IsolationRule = 'ei' | 'eiVsBaseline' | 'reach' | 'inwardMembers' | 'providers' | 'noBrm';

/** The numbers the rules read, for one unit. */
export interface IsolationNumbers {
  members: number;
  ei: number | null;
  eiBaseline: number | null;
  eiVsBaseline: number | null;
  reach: number;
  shareWithoutExternalTie: number;
  /** Departments only. */
  providersEngaged?: number;
  providers?: number;
  hasBrm?: boolean;
}

export interface RuleCheck {
  rule: IsolationRule;
  fired: boolean;
  /** The number the rule read (null: no tie at all) and the threshold it was held against. */
  value: number | boolean | null;
  threshold: number | boolean;
  /** How isolated the number says the unit is, in [0, 1]; the score averages these. */
  severity: number;
}

export function checkRules(numbers: IsolationNumbers, config: IsolationConfig): RuleCheck[] {
  const silent = numbers.ei === null;
  const checks: RuleCheck[] = [
    {
      rule: 'ei',
      fired: silent || numbers.ei! < config.eiBelow,
      value: numbers.ei,
      threshold: config.eiBelow,
      severity: silent ? 1 : (1 - numbers.ei!) / 2,
    },
    {
      rule: 'eiVsBaseline',
      fired: silent || (numbers.eiVsBaseline !== null && numbers.eiVsBaseline < config.eiVsBaselineBelow),
      value: numbers.eiVsBaseline,
      threshold: config.eiVsBaselineBelow,
      severity: silent ? 1 : clamp01(-(numbers.eiVsBaseline ?? 0) / 2),
    },
    {
      rule: 'reach',
      fired: numbers.reach <= config.reachAtMost,
      value: numbers.reach,
      threshold: config.reachAtMost,
      severity: 1 / (1 + numbers.reach),
    },
    {
      rule: 'inwardMembers',
      fired: numbers.shareWithoutExternalTie >= config.shareWithoutExternalTieAtLeast,
      value: numbers.shareWithoutExternalTie,
      threshold: config.shareWithoutExternalTieAtLeast,
      severity: numbers.shareWithoutExternalTie,
    },
  ];
  if (numbers.providersEngaged === undefined) return checks;
  const providers = numbers.providers ?? 0;
  checks.push({
    rule: 'providers',
    fired: numbers.providersEngaged <= config.providersEngagedAtMost,
    value: numbers.providersEngaged,
    threshold: config.providersEngagedAtMost,
    severity: providers > 0 ? 1 - numbers.providersEngaged / providers : 0,
  });
  if (config.flagNoBrm)
    checks.push({
      rule: 'noBrm',
      fired: numbers.hasBrm === false,
      value: numbers.hasBrm ?? false,
      threshold: true,
      severity: numbers.hasBrm ? 0 : 1,
    });
  return checks;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
