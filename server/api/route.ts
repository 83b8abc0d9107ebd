/**
 * The route-definition helper: each route declares once who may call it, its zod schemas (params, query, body,
 * response) and its handler. The same definitions validate requests (400 problem with errors[]), type the
 * handler's input and generate the OpenAPI document (server/api/openapi.ts).
 */
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Access, Principal } from '../auth/roles.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

export interface RouteInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  /** The caller; undefined only on public routes. */
  principal: Principal | undefined;
  req: Request;
  res: Response;
}

export interface RouteSpec<P, Q, B, R extends Schema> {
  method: Method;
  /** Express path under /api, e.g. '/cypher' or '/units/:id'. */
  path: string;
  summary: string;
  description?: string;
  tags?: string[];
  access: Access;
  /** Per-token rate limit (console, analytics, export). */
  expensive?: boolean;
  /** Needs Neo4j: answered 503 at once while the database is down. Default true. */
  usesDatabase?: boolean;
  params?: P;
  query?: Q;
  /** JSON body schema; the body is parsed for this route only, up to the JSON limit. */
  body?: B;
  /** A larger JSON limit for this route (the default is TRELLIS_JSON_LIMIT_KB). */
  bodyLimitBytes?: number;
  /** The handler reads the request stream itself (e.g. an upload); no JSON parsing, no body schema. */
  streamedBody?: boolean;
  /** For the OpenAPI document only: the media types a streamed body may have, each with its schema. */
  accepts?: Record<string, z.ZodType>;
  /** Error answers particular to this route, by status, for the OpenAPI document (e.g. 409, 422). */
  problems?: Record<number, string>;
  response: R;
  /** For the OpenAPI document only: a 202 answer (work left running) with its body and a Location header. */
  accepted?: { description: string; response: z.ZodType };
  /** Content type of the 200 answer; default application/json. */
  produces?: string;
  /** Returns the answer (sent as JSON), or writes `res` itself and returns undefined. */
  handler: (input: RouteInput<P, Q, B>) => Promise<z.input<R> | undefined> | z.input<R> | undefined;
}

// The list of routes erases the per-route types; each route was checked where it was defined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RouteDef = RouteSpec<any, any, any, Schema>;

/** Declares a route; an identity function that lets TypeScript infer the handler's input from the schemas. */
export function defineRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema = Schema,
>(spec: RouteSpec<P, Q, B, R>): RouteDef {
  return spec as RouteDef;
}
