/** GET /api/centrality, /api/communities and /api/brokers: rankings and groups behind the map. */
import { z } from 'zod';
import { PERSON_ROLES } from './domain.ts';
import { graphLevel } from './graph.ts';
import { networkKind, networkQuery } from './survey.ts';
import { refineWindow, windowAnswer, windowQuery } from './window.ts';

const top = z.coerce.number().int().min(1).max(1000).default(50).describe('Rows in the ranking');

export const CENTRALITY_METRICS = [
  'degree',
  'strength',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'egoSize',
  'egoBreadth',
] as const;

export const centralityQuery = z
  .object({
    ...windowQuery,
    ...networkQuery,
    level: graphLevel.default('unit'),
    metric: z.enum(CENTRALITY_METRICS).default('betweenness'),
    top,
  })
  .superRefine(refineWindow);

/** Which ties an answer's rankings and groups are found in, so the two networks are never taken for one another. */
const network = networkKind.describe(
  'behaviour: engagements (what people do); survey: answers (what people say)',
);

export const centralityAnswer = z.object({
  window: windowAnswer,
  network,
  level: graphLevel,
  metric: z.enum(CENTRALITY_METRICS),
  ranking: z.array(
    z.object({
      rank: z.number().int(),
      id: z.string(),
      label: z.string(),
      unit: z.string(),
      value: z.number(),
      /** Every centrality of the node, for comparison. */
      metrics: z.record(z.string(), z.number().nullable()),
    }),
  ),
  nodes: z.number().int(),
  notes: z.array(z.string()).describe('How values were obtained where not exact (sampling bounds)'),
});

export const communitiesQuery = z.object({ ...windowQuery, ...networkQuery }).superRefine(refineWindow);

export const communitiesAnswer = z.object({
  window: windowAnswer,
  network,
  method: z.string(),
  count: z.number().int(),
  modularity: z.number().nullable(),
  formalModularity: z.number().nullable().describe('Modularity of the formal unit partition'),
  communityUnitAgreement: z.number().nullable().describe('Normalised mutual information, arithmetic mean'),
  communities: z.array(
    z.object({
      id: z.number().int(),
      size: z.number().int(),
      /** Units of the members, largest share first (viewers: only unit groups of at least the floor). */
      units: z.array(z.object({ unit: z.string(), name: z.string(), members: z.number().int() })),
    }),
  ),
  privacy: z.object({ minGroupSize: z.number().int(), suppressedCommunities: z.number().int() }),
});

export const brokersQuery = z.object({ ...windowQuery, ...networkQuery, top }).superRefine(refineWindow);

const roleCounts = z.object({
  coordinator: z.number().int(),
  itinerant: z.number().int(),
  representative: z.number().int(),
  gatekeeper: z.number().int(),
  liaison: z.number().int(),
  total: z.number().int(),
});

export const brokersAnswer = z.object({
  window: windowAnswer,
  network,
  people: z.array(
    z.object({
      rank: z.number().int(),
      id: z.string(),
      name: z.string(),
      unit: z.string(),
      role: z.enum(PERSON_ROLES),
      brokerage: roleCounts.describe('Gould–Fernandez roles on the initiation graph, units as groups'),
      constraint: z.number().nullable().describe("Burt's constraint (low = spans structural holes)"),
      effectiveSize: z.number().nullable(),
      betweenness: z.number().nullable(),
      singlePointOfFailure: z.string().nullable().describe('The units only this person connects, in words'),
    }),
  ),
});
