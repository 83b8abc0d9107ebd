/**
 * Isolated units (DESIGN §3.3): each unit is held against the explicit rules of isolationRules.ts over its
 * E-I index, reach, provider coverage and BRM assignment; the answer names every rule that fired with the
 * number behind it. Units are ranked flagged first, then by score (the mean severity of the rules that apply,
 * 0 = open, 1 = cut off), then by id. Units without members in the window are listed last, unjudged.
 */
import { TrellisError } from '../../errors.ts';
import type { BrmAssignment, PersonGraph, UnitGraph, UnitType } from '../graphs.ts';
import { eiIndex, type EiIndexResult } from './eiIndex.ts';
import {
  checkRules,
  isolationConfigSchema,
  type IsolationConfig,
  type IsolationNumbers,
  type RuleCheck,
} from './isolationRules.ts';
import { providerCoverage, type ProviderCoverageResult } from './providerCoverage.ts';
import { reach, type ReachResult } from './reach.ts';

export interface UnitIsolation {
  unit: string;
  type: UnitType;
  flagged: boolean;
  /** Mean severity of the applicable rules; null when the unit has no members in the window. */
  score: number | null;
  /** The rules that fired, with their numbers and thresholds. */
  fired: RuleCheck[];
  /** Every rule checked (fired or not). */
  checks: RuleCheck[];
  numbers: IsolationNumbers | null;
}

export interface IsolationResult {
  metric: 'isolation';
  /** Ranked: flagged first, most isolated first. */
  units: UnitIsolation[];
  config: IsolationConfig;
  inputs: { units: number; flagged: number; judged: number };
}

export interface SiloGraphs {
  persons: PersonGraph;
  units: UnitGraph;
  brmAssignments: BrmAssignment[];
}

/** The silo numbers isolation judges; pass them when already computed for the same graphs. */
export interface SiloNumbers {
  ei: EiIndexResult;
  reached: ReachResult;
  coverage: ProviderCoverageResult;
}

export function siloNumbers(graphs: SiloGraphs): SiloNumbers {
  return {
    ei: eiIndex(graphs.persons, { units: graphs.units }),
    reached: reach(graphs.persons, { units: graphs.units }),
    coverage: providerCoverage(graphs),
  };
}

export function isolation(
  graphs: SiloGraphs,
  config: Partial<IsolationConfig> = {},
  { ei, reached, coverage }: SiloNumbers = siloNumbers(graphs),
): IsolationResult {
  const used = resolveConfig(config);
  const units: UnitIsolation[] = graphs.units.mapNodes((unit, { type }) => {
    const e = ei.units[unit]!;
    const r = reached.units[unit]!;
    if (r.members === 0)
      return { unit, type, flagged: false, score: null, fired: [], checks: [], numbers: null };
    const c = coverage.departments[unit];
    const numbers: IsolationNumbers = {
      members: r.members,
      ei: e.value,
      eiBaseline: e.baseline,
      eiVsBaseline: e.vsBaseline,
      reach: r.reach,
      shareWithoutExternalTie: r.shareWithoutExternalTie!,
      ...(c ? { providersEngaged: c.providersEngaged, providers: c.providers, hasBrm: c.hasBrm } : {}),
    };
    const checks = checkRules(numbers, used);
    const fired = checks.filter((check) => check.fired);
    const score = checks.reduce((sum, check) => sum + check.severity, 0) / checks.length;
    return { unit, type, flagged: fired.length >= used.minRulesFired[type], score, fired, checks, numbers };
  });
  units.sort(
    (a, b) =>
      Number(b.flagged) - Number(a.flagged) ||
      (b.score ?? -1) - (a.score ?? -1) ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );
  return {
    metric: 'isolation',
    units,
    config: used,
    inputs: {
      units: units.length,
      flagged: units.filter((u) => u.flagged).length,
      judged: units.filter((u) => u.score !== null).length,
    },
  };
}

function resolveConfig(config: Partial<IsolationConfig>): IsolationConfig {
  const parsed = isolationConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new TrellisError('validation_failed', 'silos/isolation: the isolation config is not valid', {
      errors: parsed.error.issues.map((issue) => ({
        path: ['config', ...issue.path.map(String)].join('.'),
        code: issue.code,
        message: issue.message,
      })),
    });
  }
  return parsed.data;
}
