/**
 * Governance in the answers (server/schema/governance.ts): each relationship's check list keyed by its pair;
 * GET /api/brm-roles, the BRMs' role health with their names; and GET /api/overload, the people carrying too
 * much of the bridging load, named with their unit and the rule in words (both person-level: analysts only).
 */
import type { WindowAnalytics } from '../analytics/engine.ts';
import { BRM_ROLE_NAMES, DEFAULT_OVERLOAD_RULES, overload } from '../analytics/governance/index.ts';
import { pairKey } from '../analytics/relationship.ts';
import type { BrmRolesAnswer, GovernanceChecks, OverloadAnswer } from '../schema/governance.ts';
import { unitNamer } from './nodeFlags.ts';
import { windowAnswer } from './windowAnswer.ts';

/** The check list of every relationship of the window, by pair key (provider|department sorted). */
export function governanceByPair(analytics: WindowAnalytics): Map<string, GovernanceChecks> {
  return new Map(
    analytics.engagement.governance.relationships.map(({ providerId, departmentId, checks, gaps }) => [
      pairKey(providerId, departmentId),
      { ...checks, gaps },
    ]),
  );
}

const personName = (analytics: WindowAnalytics, id: string) =>
  analytics.graphs.persons.hasNode(id) ? analytics.graphs.persons.getNodeAttribute(id, 'name') : id;

/** GET /api/brm-roles: every BRM's role health, order takers first (what a BRM lead acts on), then by name. */
export function brmRolesView(analytics: WindowAnalytics): BrmRolesAnswer {
  const order = { orderTaker: 0, accountManager: 1, strategicPartner: 2, unknown: 3 };
  const {
    orderTaker: o,
    strategicPartner: p,
    minEngagements,
  } = analytics.engagement.governance.options.brmRoles;
  const pct = (share: number) => `${Math.round(share * 100)} %`;
  const brms = analytics.engagement.governance.brmRoles
    .map((health) => ({
      id: health.brm,
      name: personName(analytics, health.brm),
      departments: health.departments,
      role: health.role,
      roleName: BRM_ROLE_NAMES[health.role],
      engagements: health.engagements,
      shares: health.shares,
      reason: health.reason,
    }))
    .sort((a, b) => order[a.role] - order[b.role] || a.name.localeCompare(b.name));
  return {
    window: windowAnswer(analytics.window),
    rule:
      `Order taker: at least ${pct(o.transactionalShare)} tickets or requests, at least ` +
      `${pct(o.businessStartedShare)} started by the business. Strategic partner: at least ` +
      `${pct(p.strategicShare)} meetings with a leader of the department, at least ` +
      `${pct(p.providerStartedShare)} started by the BRM's side. Account manager: in between. ` +
      `Fewer than ${minEngagements} engagements with the departments served: too little to judge.`,
    brms,
  };
}

export function overloadView(analytics: WindowAnalytics): OverloadAnswer {
  const { graphs } = analytics;
  const result = overload(graphs, toValues(analytics.people.betweenness), DEFAULT_OVERLOAD_RULES);
  const unitName = unitNamer(graphs);
  const { percentile, minUnits } = result.options;
  return {
    window: windowAnswer(analytics.window),
    rule: {
      percentile,
      threshold: result.threshold,
      minUnits,
      says:
        `Betweenness above the window's ${Math.round(percentile * 100)}th percentile ` +
        `(${(result.threshold * 100).toFixed(2)} % of the shortest paths), not a leader, ` +
        `ties to at least ${minUnits} other units.`,
    },
    people: result.people.map((p) => {
      const attributes = graphs.persons.getNodeAttributes(p.id);
      return {
        id: p.id,
        name: attributes.name,
        role: attributes.role,
        unit: attributes.unit,
        unitName: unitName(attributes.unit),
        betweenness: p.betweenness,
        units: p.units.map((id) => ({ id, name: unitName(id) })),
        reason: p.reason,
      };
    }),
  };
}

function toValues(column: Record<string, number | null> | undefined): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [id, value] of Object.entries(column ?? {})) if (value !== null) values[id] = value;
  return values;
}
