/**
 * The shape of every error answer (RFC 9457 problem details) and of one bad field in it. The HTTP layer sends
 * it (server/api/problem.ts), the import reports its bad rows as field errors, the explorer reads it.
 */
import { z } from 'zod';

export const fieldErrorSchema = z.object({ path: z.string(), code: z.string(), message: z.string() });
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  errors: z.array(fieldErrorSchema).optional(),
  neo4jCode: z.string().optional(),
});

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type Problem = z.infer<typeof problemSchema> & { [extension: string]: unknown };
