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

/** Deeper values are refused before zod sees them: its recursive walk overflows the stack near 2,000 levels. */
export const MAX_NESTING = 64;

export function validateRequest(route: RouteDef, req: Request): ValidInput {
  const errors: FieldError[] = [];
  const part = (where: 'params' | 'query' | 'body', schema: z.ZodType | undefined, value: unknown) => {
    if (!schema) return undefined;
    if (nestedDeeperThan(value, MAX_NESTING)) {
      errors.push({ path: where, code: 'too_deep', message: `Nested deeper than ${MAX_NESTING} levels.` });
      return undefined;
    }
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

/** Whether arrays and objects nest deeper than `limit`, walked with a stack of its own (no recursion). */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.depth >= limit) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}
