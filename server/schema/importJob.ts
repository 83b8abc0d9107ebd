/**
 * An import over HTTP run as a job (`POST /api/import?async=1`, or `Prefer: respond-async`): answered 202 with
 * `Location: /api/import/jobs/:id` once the upload is received, then `GET /api/import/jobs/:id` says how far it
 * is — rows written of all, rows per second, time left — and, once over, what the synchronous answer would have
 * been (`outcome`) or the problem it would have sent (`problem`, e.g. 422 import_invalid with file, line, field).
 */
import { z } from 'zod';
import { importAnswer } from './import.ts';
import { problemSchema } from './problem.ts';

export const IMPORT_JOB_STATES = ['running', 'done', 'failed'] as const;

export const importJobParams = z.object({
  id: z.uuid().describe('The job id from the Location of the 202 answer'),
});

export const importJobAnswer = z.object({
  id: z.uuid(),
  state: z.enum(IMPORT_JOB_STATES),
  step: z
    .string()
    .nullable()
    .describe('What a running job does: "validating", then "writing (engagements)" and the like'),
  rowsDone: z.number().int().describe('Rows written so far (0 while validating)'),
  rowsTotal: z.number().int().describe('Rows the import writes (0 until validation is over)'),
  rate: z.number().nullable().describe('Rows per second over the last few seconds; null while unknown'),
  etaSeconds: z.number().nullable().describe('Seconds left at that rate; null while unknown'),
  outcome: importAnswer.optional().describe('done: the answer the synchronous import gives'),
  problem: problemSchema
    .loose()
    .optional()
    .describe('failed: the problem the synchronous import sends (import_invalid lists errors[])'),
});
export type ImportJobAnswer = z.infer<typeof importJobAnswer>;
