/**
 * The OpenAPI 3.1 document, generated from the same route definitions that validate requests (zod 4's
 * toJSONSchema, draft 2020-12 as OpenAPI 3.1 uses). Error answers all share the Problem schema.
 */
import { z } from 'zod';
import { problemSchema } from '../schema/problem.ts';
import type { RouteDef } from './route.ts';

type JsonSchema = Record<string, unknown>;

export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** `/units/:id` → `/api/units/{id}`. */
export function openApiPath(expressPath: string): string {
  return `/api${expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
}

export function openApiDocument(routes: RouteDef[], version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Trellis API', version, description: 'Relationship-network analytics for BRM.' },
    paths,
    components: {
      schemas: { Problem: jsonSchema(problemSchema, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}

function operation(route: RouteDef): Record<string, unknown> {
  const op: Record<string, unknown> = {
    operationId: `${route.method}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string = '') => c.toUpperCase())}`,
    summary: route.summary,
    description: route.description,
    tags: route.tags,
    'x-required-role': route.access,
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    responses: responses(route),
  };
  if (route.access !== 'public') op.security = [{ bearer: [] }];
  const bodies: Record<string, z.ZodType> = route.body ? { 'application/json': route.body } : {};
  const accepted = Object.entries({ ...bodies, ...route.accepts });
  if (accepted.length > 0) {
    op.requestBody = {
      required: true,
      content: Object.fromEntries(
        accepted.map(([mediaType, schema]) => [mediaType, { schema: jsonSchema(schema, 'input') }]),
      ),
    };
  }
  return op;
}

function parameters(schema: unknown, where: 'path' | 'query'): unknown[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    in: where,
    required: where === 'path' || !field.safeParse(undefined).success,
    schema: jsonSchema(field, 'input'),
    description: field.description,
  }));
}

function accepted({ description, response }: NonNullable<RouteDef['accepted']>): Record<string, unknown> {
  return {
    description,
    headers: { Location: { description: 'Where to ask how the work goes', schema: { type: 'string' } } },
    content: { 'application/json': { schema: jsonSchema(response, 'output') } },
  };
}

function responses(route: RouteDef): Record<string, unknown> {
  const problem = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  });
  const answers: Record<string, unknown> = {
    200: {
      description: 'OK',
      content: { [route.produces ?? 'application/json']: { schema: jsonSchema(route.response, 'output') } },
    },
    400: problem('Invalid request (errors[] lists the fields)'),
  };
  if (route.accepted) answers[202] = accepted(route.accepted);
  if (route.access !== 'public') {
    answers[401] = problem('No valid bearer token');
    answers[403] = problem(`Needs the ${route.access} role or higher`);
  }
  if (route.expensive) answers[429] = problem('Rate limit reached (see Retry-After)');
  if (route.usesDatabase !== false) answers[503] = problem('Database unavailable (see Retry-After)');
  for (const [status, description] of Object.entries(route.problems ?? {}))
    answers[status] = problem(description);
  return answers;
}
