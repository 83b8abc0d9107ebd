/**
 * The declining-relationships library query restates the dashboard's stage rule in Cypher; its rule map must
 * hold the same numbers as server/analytics/macro/config.ts and the period defaults, or the two would disagree.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_RULES } from '../../server/analytics/macro/config.ts';
import { DEFAULT_PERIOD_OPTIONS } from '../../server/analytics/periods.ts';
import { cypher } from '../../server/db/cypherFiles.ts';

/** The `WITH {…} AS rule` map of the query, as name → number. */
function ruleMap(text: string): Record<string, number> {
  const map = /WITH\s*\{([^}]*)\}\s*AS rule/.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    [...map.matchAll(/(\w+)\s*:\s*([\d.]+)/g)].map(([, name, value]) => [name!, Number(value)]),
  );
}

describe('the declining-relationships library query', () => {
  it('states the dashboard rule with the defaults of macro/config.ts', () => {
    const rule = ruleMap(cypher('library/decliningRelationships'));
    const { periodDays, historyPeriods } = DEFAULT_PERIOD_OPTIONS;
    const expected = { ...DEFAULT_STAGE_RULES, periodDays, historyPeriods } as Record<string, unknown>;
    expect(Object.keys(rule).length).toBeGreaterThanOrEqual(10);
    for (const [name, value] of Object.entries(rule)) expect(value, name).toBe(expected[name]);
  });
});
