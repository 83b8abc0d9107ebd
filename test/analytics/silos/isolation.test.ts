/** Isolation rules on the small org: which rules fire with which numbers, the ranking, the config. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ISOLATION_CONFIG,
  isolation,
  type UnitIsolation,
} from '../../../server/analytics/silos/index.ts';
import { buildPersonGraph, buildUnitGraph } from '../../../server/analytics/projection/buildGraphs.ts';
import { TrellisError } from '../../../server/errors.ts';
import { PEOPLE, smallOrg, UNITS } from './smallOrg.ts';

const rules = (unit: UnitIsolation | undefined) => unit!.fired.map((check) => check.rule);

describe('isolation', () => {
  const result = isolation(smallOrg());
  const byUnit = (id: string) => result.units.find((u) => u.unit === id);

  it('flags the department that keeps to itself, reaches nobody and has no BRM, naming every rule', () => {
    const legal = byUnit('legal')!;
    expect(legal.flagged).toBe(true);
    expect(rules(legal)).toEqual(['ei', 'eiVsBaseline', 'reach', 'inwardMembers', 'providers', 'noBrm']);
    expect(legal.fired[0]).toEqual({ rule: 'ei', fired: true, value: -1, threshold: -0.5, severity: 1 });
    expect(legal.numbers).toMatchObject({
      members: 2,
      reach: 0,
      providersEngaged: 0,
      providers: 2,
      hasBrm: false,
    });
  });

  it('ranks flagged units first, then by score; units without members come last, unjudged', () => {
    expect(result.units[0]!.unit).toBe('legal');
    const scores = result.units.filter((u) => u.score !== null).map((u) => u.score!);
    expect(scores.slice(1)).toEqual([...scores.slice(1)].sort((a, b) => b - a));
    expect(result.units.at(-1)).toMatchObject({
      unit: 'archive',
      flagged: false,
      score: null,
      numbers: null,
    });
    expect(result.inputs).toMatchObject({ units: 7, judged: 6 });
  });

  it('does not flag a department that reaches providers through several members', () => {
    const sales = byUnit('sales')!;
    expect(sales.flagged).toBe(false);
    // Sales: E-I −0.5 is not below −0.5; it reaches two units, engages one provider
    expect(rules(sales)).toEqual(['reach', 'providers']);
  });

  it('applies only the structural rules to providers, with their own minimum', () => {
    const hr = byUnit('hr')!;
    expect(hr.checks.map((c) => c.rule)).toEqual(['ei', 'eiVsBaseline', 'reach', 'inwardMembers']);
    expect(hr.flagged).toBe(false);
    expect(rules(hr)).toEqual(['reach']);
  });

  it('fires the E-I rules with value null for a unit whose members had no tie at all', () => {
    const persons = buildPersonGraph(PEOPLE, []);
    const quiet = isolation({ persons, units: buildUnitGraph(UNITS, persons), brmAssignments: [] });
    const legal = quiet.units.find((u) => u.unit === 'legal')!;
    expect(legal.fired[0]).toMatchObject({ rule: 'ei', value: null, severity: 1 });
    expect(legal.flagged).toBe(true);
  });

  it('takes thresholds from the config, reports the config used, and refuses a bad one', () => {
    const strict = isolation(smallOrg(), { minRulesFired: { department: 2, provider: 4 } });
    expect(strict.config).toEqual({
      ...DEFAULT_ISOLATION_CONFIG,
      minRulesFired: { department: 2, provider: 4 },
    });
    expect(strict.units.find((u) => u.unit === 'sales')!.flagged).toBe(true);
    const noBrmRule = isolation(smallOrg(), { flagNoBrm: false });
    expect(noBrmRule.units.find((u) => u.unit === 'legal')!.checks.map((c) => c.rule)).not.toContain('noBrm');
    const refused = (config: object) => {
      try {
        isolation(smallOrg(), config);
      } catch (error) {
        return error instanceof TrellisError ? error.code : 'other error';
      }
      return 'accepted';
    };
    expect(refused({ eiBelow: 3 })).toBe('validation_failed');
    expect(refused({ reachAtMost: -1 })).toBe('validation_failed');
    expect(refused({ minRulesFired: { department: 7 } })).toBe('validation_failed');
  });
});
