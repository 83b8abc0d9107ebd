/** Request validation against a route's zod schemas: every problem is reported, no input value is echoed. */
import type { Request } from 'express';
import type { z } from 'zod';
import { TrellisError } from '../errors.ts';
import type { FieldError } from '../schema/problem.ts';
import type { RouteDef } from './route.ts';

export interface ValidInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

export function validateRequest(route: RouteDef, req: Request): ValidInput {
  const errors: FieldError[] = [];
  const part = (where: 'params' | 'query' | 'body', schema: z.ZodType | undefined, value: unknown) => {
    if (!schema) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    errors.push(...parsed.error.issues.map((issue) => fieldError(where, issue)));
    return undefined;
  };
  const body: unknown = req.body ?? {};
  const input = {
    params: part('params', route.params, req.params),
    query: part('query', route.query, req.query),
    body: part('body', route.body, body),
  };
  if (errors.length > 0) {
    throw new TrellisError('validation_failed', `${errors.length} field(s) are not valid.`, {
      errors: errors.slice(0, 50),
    });
  }
  return input;
}

function fieldError(where: string, issue: z.core.$ZodIssue): FieldError {
  const path = [where, ...issue.path.map(safeSegment)].join('.');
  return { path, code: issue.code, message: safeMessage(issue) };
}

/** Record keys come from the caller: only plain identifiers and indexes are named, others show as `*`. */
function safeSegment(segment: PropertyKey): string {
  const text = String(segment);
  return /^[A-Za-z_][A-Za-z0-9_]{0,63}$|^\d{1,9}$/.test(text) ? text : '*';
}

/** zod's messages name expectations, not values, except these, which can quote the caller's keys. */
function safeMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return 'Unknown field(s).';
  if (issue.code === 'invalid_key') return 'Invalid key.';
  return issue.message.slice(0, 200);
}
