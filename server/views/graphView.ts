/**
 * The explorer's graph (server/schema/graph.ts) from a window's analytics: filters, the privacy floor, a page
 * of nodes ranked by strength (the best connected first, so a capped page shows the core of the org) and the
 * edges between the nodes of the page.
 */
import { windowAnswer } from './windowAnswer.ts';
import { disparityAlphas } from '../analytics/backbone/disparity.ts';
import type { EngagementMetrics } from '../analytics/engagement.ts';
import type { WindowAnalytics } from '../analytics/engine.ts';
import { pairKey } from '../analytics/relationship.ts';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { TieAttributes } from '../analytics/graphs.ts';
import type { NullableTable } from '../analytics/suite/networkTables.ts';
import type { GraphAnswer, GraphEdge, GraphNode, GraphQuery } from '../schema/graph.ts';
import { personFlags, unitCommunities, unitFlags, unitNamer } from './nodeFlags.ts';
import { requirePersonLevel, unitVisibility, type PrivacySettings, type Viewer } from './privacy.ts';
import { unitContactsFor } from './unitContactsView.ts';

export function graphView(analytics: WindowAnalytics, query: GraphQuery, viewer: Viewer): GraphAnswer {
  if (query.level === 'person') requirePersonLevel(viewer.role, 'The person-level graph');
  const unitVisible = unitVisibility(analytics.graphs, viewer);
  const all =
    query.level === 'person'
      ? personNodes(analytics)
      : unitNodes(analytics, unitContactsFor(analytics, viewer, unitVisible));
  const visible = query.level === 'person' ? all : all.filter((node) => unitVisible(node.id)); // analysts only
  const matching = visible.filter((node) => matchesFilters(node, query));
  const ranked = matching.sort(byStrength);
  const page = ranked.slice(query.offset, query.offset + query.limit);
  const { window } = analytics;
  return {
    level: query.level,
    window: windowAnswer(window),
    network: analytics.networkKind,
    nodes: page,
    edges: edgesWithin(analytics, query, new Set(page.map((node) => node.id))),
    page: {
      offset: query.offset,
      limit: query.limit,
      totalNodes: matching.length,
      truncated: query.offset + page.length < matching.length,
    },
    metrics: Object.keys(query.level === 'person' ? analytics.people : analytics.units),
    privacy: privacyNote(all.length - visible.length, viewer.privacy),
  };
}

function personNodes({ graphs, people, network }: WindowAnalytics): GraphNode[] {
  const flags = personFlags(network, unitNamer(graphs));
  return graphs.persons.mapNodes((id, person) => ({
    id,
    label: person.name,
    unit: person.unit,
    unitName: graphs.units.hasNode(person.unit)
      ? graphs.units.getNodeAttribute(person.unit, 'name')
      : person.unit,
    unitType: person.unitType,
    unitKind: person.unitKind,
    role: person.role,
    community: network.communities.communities[id] ?? null,
    metrics: metricsOf(people, id),
    flags: flags.get(id) ?? [],
  }));
}

function unitNodes(
  { graphs, units, network }: WindowAnalytics,
  contactsOf: (unit: string) => GraphNode['contacts'],
): GraphNode[] {
  const flags = unitFlags(network);
  const communities = unitCommunities(graphs.persons, network.communities.communities);
  return graphs.units.mapNodes((id, unit) => ({
    id,
    label: unit.name,
    unit: id,
    unitName: unit.name,
    unitType: unit.type,
    unitKind: unit.kind,
    members: unit.members,
    community: communities.get(id) ?? null,
    metrics: metricsOf(units, id),
    flags: flags.get(id) ?? [],
    contacts: contactsOf(id),
  }));
}

function metricsOf(table: NullableTable, id: string): Record<string, number | null> {
  const metrics: Record<string, number | null> = {};
  for (const [metric, values] of Object.entries(table)) metrics[metric] = values[id] ?? null;
  return metrics;
}

function matchesFilters(node: GraphNode, query: GraphQuery): boolean {
  if (query.unitKinds && !query.unitKinds.includes(node.unitKind)) return false;
  if (query.units && !query.units.includes(node.unit)) return false;
  if (query.roles && (!node.role || !query.roles.includes(node.role))) return false;
  return true;
}

function byStrength(a: GraphNode, b: GraphNode): number {
  const difference = (b.metrics.strength ?? 0) - (a.metrics.strength ?? 0);
  return difference !== 0 ? difference : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The page's ties, each with its disparity α over the whole window graph (a page or a filter does not change
 * which ties are significant) and, at unit level, the pair's macro-cycle stage — the same stage the
 * relationships dashboard shows for a business–provider pair (DESIGN §3.5: every unit pair has one).
 */
function edgesWithin(analytics: WindowAnalytics, query: GraphQuery, ids: Set<string>): GraphEdge[] {
  const graph = (
    query.level === 'person' ? analytics.graphs.persons : analytics.graphs.units
  ) as AbstractGraph<Attributes, TieAttributes>;
  const alphas = disparityAlphas(graph);
  // Stages are of engagements: a survey tie has none (and the survey window holds no engagement).
  const behaviour = analytics.networkKind === 'behaviour';
  const pairs = query.level === 'unit' && behaviour ? unitPairs(analytics.engagement) : null;
  const edges: GraphEdge[] = [];
  graph.forEachEdge((edge, tie, source, target) => {
    if (!ids.has(source) || !ids.has(target) || tie.weight < query.minWeight) return;
    const shown: GraphEdge = { source, target, weight: tie.weight, engagements: tie.engagements };
    shown.disparity = alphas.get(edge)!;
    if (pairs) {
      const key = pairKey(source, target);
      shown.stage = pairs.stages.get(key) ?? null;
      shown.relationship = pairs.serves.has(key);
    }
    edges.push(shown);
  });
  return edges;
}

function unitPairs(engagement: EngagementMetrics) {
  return {
    stages: new Map(engagement.macro.relationships.map((m) => [m.key, m.stage.stage])),
    serves: new Set(engagement.maturity.relationships.map((r) => pairKey(r.providerId, r.departmentId))),
  };
}

function privacyNote(suppressed: number, privacy: PrivacySettings): GraphAnswer['privacy'] {
  if (suppressed === 0) return { minGroupSize: privacy.minGroupSize, suppressedUnits: 0 };
  return {
    minGroupSize: privacy.minGroupSize,
    suppressedUnits: suppressed,
    note: `${suppressed} unit(s) with fewer than ${privacy.minGroupSize} people are left out, with their ties.`,
  };
}
