/**
 * Shared zod schemas of the HTTP API: request validation, handler types (z.infer) and the OpenAPI document
 * all come from here. Analytics routes add theirs beside these.
 */
import { z } from 'zod';

/** A stable string id as the importer stores it (units, people, engagements). */

export const healthAnswer = z.object({
  status: z.literal('alive'),
  uptimeSeconds: z.number(),
  database: z.enum(['up', 'down', 'restarting']),
});

export const readyAnswer = z.object({
  ready: z.boolean(),
  checks: z.object({ database: z.boolean(), schema: z.boolean(), shuttingDown: z.boolean() }),
});

export const statsAnswer = z.object({
  nodes: z.record(z.string(), z.number()),
  relationships: z.record(z.string(), z.number()),
  dataVersion: z.number(),
});

/** A JSON value a console parameter may take (integers are passed to Neo4j as integers). */
const parameterValue: z.ZodType = z.json();

export const cypherRequest = z.strictObject({
  query: z.string().trim().min(1).max(20_000).describe('One Cypher statement, read-only'),
  parameters: z
    .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/), parameterValue)
    .refine((map) => Object.keys(map).length <= 100, 'At most 100 parameters')
    .optional(),
  limit: z.number().int().min(1).max(100_000).optional().describe('Row cap (at most the configured one)'),
});
export type CypherRequest = z.infer<typeof cypherRequest>;

const graphNode = z.object({
  elementId: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});
const graphRelationship = z.object({
  elementId: z.string(),
  type: z.string(),
  startElementId: z.string(),
  endElementId: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

export const cypherAnswer = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  truncated: z.boolean().describe('True when the row cap or the byte cap cut the result'),
  truncatedBy: z
    .enum(['rows', 'bytes'])
    .optional()
    .describe('Which cap cut the result: the row limit or the answer byte cap (absent when not cut)'),
  limit: z.number().int(),
  maxBytes: z.number().int().optional().describe('Byte cap of the answer (rows and graph, as JSON)'),
  graph: z.object({ nodes: z.array(graphNode), relationships: z.array(graphRelationship) }),
  queryHash: z.string(),
  elapsedMs: z.number(),
});
export type CypherAnswer = z.infer<typeof cypherAnswer>;

export const libraryParameter = z.object({
  name: z.string(),
  type: z.enum(['string', 'int', 'float', 'boolean', 'date', 'datetime']),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  description: z.string(),
});

export const libraryQuery = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  parameters: z.array(libraryParameter),
  text: z.string(),
});
export type LibraryQuery = z.infer<typeof libraryQuery>;

export const libraryAnswer = z.object({ queries: z.array(libraryQuery) });
