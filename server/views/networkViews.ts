/** Rankings and groups from a window's network metrics: centrality, communities, brokers. */
import type { z } from 'zod';
import { windowAnswer } from './windowAnswer.ts';
import type { WindowAnalytics } from '../analytics/engine.ts';
import type {
  brokersAnswer,
  brokersQuery,
  centralityAnswer,
  centralityQuery,
  communitiesAnswer,
} from '../schema/network.ts';
import { CENTRALITY_METRICS } from '../schema/network.ts';
import { personFlags, unitNamer } from './nodeFlags.ts';
import { requirePersonLevel, seesPeople, unitVisibility, type Viewer } from './privacy.ts';

export function centralityView(
  analytics: WindowAnalytics,
  query: z.output<typeof centralityQuery>,
  viewer: Viewer,
): z.input<typeof centralityAnswer> {
  const person = query.level === 'person';
  if (person) requirePersonLevel(viewer.role, 'A person-level ranking');
  const table = person ? analytics.people : analytics.units;
  const { persons, units } = analytics.graphs;
  const values = table[query.metric] ?? {};
  const ids = person ? persons.nodes() : units.filterNodes(unitVisibility(analytics.graphs, viewer));
  const ranked = ids
    .filter((id) => typeof values[id] === 'number')
    .sort((a, b) => values[b]! - values[a]! || (a < b ? -1 : 1))
    .slice(0, query.top);
  const level = person ? 'people' : 'units';
  return {
    window: windowAnswer(analytics.window),
    network: analytics.networkKind,
    level: query.level,
    metric: query.metric,
    ranking: ranked.map((id, i) => ({
      rank: i + 1,
      id,
      label: person ? persons.getNodeAttribute(id, 'name') : units.getNodeAttribute(id, 'name'),
      unit: person ? persons.getNodeAttribute(id, 'unit') : id,
      value: values[id]!,
      metrics: Object.fromEntries(CENTRALITY_METRICS.map((m) => [m, table[m]?.[id] ?? null])),
    })),
    nodes: ids.length,
    notes: analytics.notes.filter((note) => note.startsWith(`${level}:`)),
  };
}

/** Viewers see groups (a community, a unit's part of it) of at least the floor; analysts every group. */
function visibleFloor(viewer: Viewer): number {
  return seesPeople(viewer.role) ? 0 : viewer.privacy.minGroupSize;
}

export function communitiesView(
  analytics: WindowAnalytics,
  viewer: Viewer,
): z.input<typeof communitiesAnswer> {
  const { network, graphs } = analytics;
  const floor = visibleFloor(viewer);
  const visible = unitVisibility(graphs, viewer);
  const name = unitNamer(graphs);
  const composition = new Map<number, Map<string, number>>();
  for (const [person, community] of Object.entries(network.communities.communities)) {
    const unit = graphs.persons.getNodeAttribute(person, 'unit');
    const units = composition.get(community) ?? new Map<string, number>();
    units.set(unit, (units.get(unit) ?? 0) + 1);
    composition.set(community, units);
  }
  const all = network.communities.inputs.sizes.map((size, id) => ({
    id,
    size,
    units: [...(composition.get(id) ?? [])]
      .filter(([unit, members]) => visible(unit) && members >= floor)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([unit, members]) => ({ unit, name: name(unit), members })),
  }));
  const communities = all.filter((c) => c.size >= floor);
  return {
    window: windowAnswer(analytics.window),
    network: analytics.networkKind,
    method: `Louvain (seeded, resolution ${network.communities.options.resolution}) on tie strength`,
    count: network.communities.count,
    modularity: network.communities.modularity,
    formalModularity: network.formalModularity.value,
    communityUnitAgreement: network.communityUnitAgreement.value,
    communities,
    privacy: {
      minGroupSize: viewer.privacy.minGroupSize,
      suppressedCommunities: all.length - communities.length,
    },
  };
}

export function brokersView(
  analytics: WindowAnalytics,
  query: z.output<typeof brokersQuery>,
  viewer: Viewer,
): z.input<typeof brokersAnswer> {
  requirePersonLevel(viewer.role, 'The brokers ranking');
  const { network, graphs, people } = analytics;
  const spof = personFlags(network, unitNamer(graphs));
  const ranked = Object.entries(network.brokerage.values)
    .sort(([a, x], [b, y]) => y.total - x.total || (a < b ? -1 : 1))
    .slice(0, query.top);
  return {
    window: windowAnswer(analytics.window),
    network: analytics.networkKind,
    people: ranked.map(([id, brokerage], i) => {
      const person = graphs.persons.getNodeAttributes(id);
      return {
        rank: i + 1,
        id,
        name: person.name,
        unit: person.unit,
        role: person.role,
        brokerage,
        constraint: network.constraint.values[id] ?? null,
        effectiveSize: network.effectiveSize.values[id] ?? null,
        betweenness: people.betweenness?.[id] ?? null,
        singlePointOfFailure: spof.get(id)?.[0]?.reason ?? null,
      };
    }),
  };
}
