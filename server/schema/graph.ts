/**
 * The explorer's graph: `GET /api/graph` answers with nodes (people or units) carrying their metrics and
 * edges carrying tie strength. The API validates with these schemas, the OpenAPI document shows them and the
 * client types its data with them.
 */
import { z } from 'zod';
import { PERSON_ROLES, RELATIONSHIP_STAGES, UNIT_KINDS, UNIT_TYPES } from './domain.ts';
import { networkKind, networkQuery } from './survey.ts';
import { refineWindow, windowAnswer, windowQuery } from './window.ts';

export const graphLevel = z.enum(['person', 'unit']);
export type GraphLevel = z.infer<typeof graphLevel>;

export const unitType = z.enum(UNIT_TYPES);
export const unitKind = z.enum(UNIT_KINDS);

/** Comma-separated values in a query string, e.g. `units=sales,prov-it`. */
const csvList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(4000)
    .transform((text) => text.split(',').filter((part) => part.length > 0))
    .pipe(z.array(item).max(500));

export const graphQuery = z
  .object({
    level: graphLevel.default('unit'),
    ...windowQuery,
    ...networkQuery,
    unitKinds: csvList(unitKind).optional().describe('Only nodes of units of these kinds'),
    units: csvList(z.string().min(1).max(200)).optional().describe('Only nodes of these units'),
    roles: csvList(z.enum(PERSON_ROLES)).optional().describe('Person level: only people with these roles'),
    minWeight: z.coerce.number().min(0).default(0).describe('Only ties at least this strong'),
    limit: z.coerce.number().int().min(1).max(20_000).default(5_000).describe('Nodes per page'),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .superRefine(refineWindow);
export type GraphQuery = z.infer<typeof graphQuery>;

/** Members of a unit who carry a contact; the one person named only for analysts and admins. */
const carriers = z.object({
  people: z.number().int().describe('Members of the unit with a tie to the other side'),
  person: z.object({ id: z.string(), name: z.string() }).optional().describe('The only one (analyst)'),
});

/** Unit level: who carries the unit's contacts (insight cards such as "works with IT through one person"). */
export const unitContact = z.object({
  outside: carriers.describe('Members with a tie to anyone of another unit'),
  partners: z
    .array(carriers.extend({ unit: z.string() }))
    .describe('Per other unit on the map: members with a tie to it'),
  hasBrm: z.boolean().optional().describe('Departments: whether a BRM is assigned (BRM_FOR)'),
});

export const graphNode = z.object({
  id: z.string(),
  /** Person name or unit name (person level needs the analyst role: one person is a group below the floor). */
  label: z.string(),
  unit: z.string().describe('The unit of a person; the unit itself at unit level'),
  unitName: z.string(),
  unitType,
  unitKind,
  role: z.enum(PERSON_ROLES).optional(),
  /** Unit level: people whose primary unit this is. */
  members: z.number().int().optional(),
  /** Louvain community of the node (person level) or of most of its members (unit level). */
  community: z.number().int().nullable(),
  /** Every metric computed for the node in the window (null where undefined, e.g. constraint of an isolate). */
  metrics: z.record(z.string(), z.number().nullable()),
  /** Flags with their reasons, e.g. `isolated` (a unit), `single-point-of-failure` (a person). */
  flags: z.array(z.object({ flag: z.string(), reason: z.string() })),
  contacts: unitContact.optional(),
});
export type GraphNode = z.infer<typeof graphNode>;

export const relationshipStage = z.enum(RELATIONSHIP_STAGES);

export const graphEdge = z.object({
  source: z.string(),
  target: z.string(),
  /** Tie strength (higher = stronger). */
  weight: z.number(),
  engagements: z.number().int(),
  /** Unit level: the macro-cycle stage of the unit pair in the window (null: no history, e.g. a sub-unit). */
  stage: relationshipStage.nullable().optional(),
  /** Unit level: the pair is a business–provider relationship (SERVES), so the dashboard has a row for it. */
  relationship: z.boolean().optional(),
  /**
   * Disparity filter α (Serrano, Boguñá & Vespignani 2009) over the window's whole graph: the chance that a
   * tie this strong comes from its ends' strength spread at random. Below 0.05: in the backbone.
   */
  disparity: z.number().min(0).max(1).optional(),
});
export type GraphEdge = z.infer<typeof graphEdge>;

export const graphAnswer = z.object({
  level: graphLevel,
  window: windowAnswer,
  /**
   * The ties this graph is made of: engagements (what people do) or survey answers (what they say). Every
   * answer of /api/graph says it; graphs the explorer builds itself (a console result) have none.
   */
  network: networkKind.optional(),
  nodes: z.array(graphNode),
  /** Edges between nodes of this page only. */
  edges: z.array(graphEdge),
  page: z.object({
    offset: z.number().int(),
    limit: z.number().int(),
    totalNodes: z.number().int().describe('Nodes matching the filters, over all pages'),
    truncated: z.boolean().describe('True when more nodes match than this page holds'),
  }),
  /** The metric names present in nodes[].metrics, for size-by menus. */
  metrics: z.array(z.string()),
  privacy: z.object({
    minGroupSize: z.number().int(),
    /** Units left out because fewer people than minGroupSize would be shown (viewers only). */
    suppressedUnits: z.number().int(),
    note: z.string().optional(),
  }),
});
export type GraphAnswer = z.infer<typeof graphAnswer>;
