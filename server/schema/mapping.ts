/**
 * A mapping of a CSV export (a ServiceNow incident list, a Jira issue export, a CRM activity log) onto
 * engagements: which column holds what, how people are found (by e-mail or by name), how the state values
 * become outcomes, how dates are written. `npm run import -- export.csv --map mapping.json`.
 */
import { z } from 'zod';
import { ENGAGEMENT_KINDS, OUTCOMES } from './domain.ts';

const column = z.string().min(1, 'names a column of the CSV file');

const person = z
  .object({
    column,
    /** How the cell names the person: an e-mail address (regardless of case) or the exact name. */
    by: z.enum(['email', 'name']).default('email'),
  })
  .strict();

export const DATE_FORMATS = ['iso', 'dd/MMM/yy h:mm a'] as const;

export const mappingSchema = z
  .object({
    /** Every row is an engagement of this kind. */
    kind: z.enum(ENGAGEMENT_KINDS),
    /** The column of the row's own key (INC0010001, PROJ-12), and a prefix that keeps it apart from others. */
    id: z
      .object({
        column,
        prefix: z
          .string()
          .regex(/^[A-Za-z0-9._:-]*$/, 'may hold only letters, digits and . _ : -')
          .default(''),
      })
      .strict(),
    initiator: person,
    counterpart: person,
    at: column,
    promisedBy: column.optional(),
    deliveredAt: column.optional(),
    topic: column.optional(),
    /** The state column and what each of its values means; a value not listed is a row error. */
    outcome: z.object({ column, values: z.record(z.string(), z.enum(OUTCOMES)) }).strict(),
    /** Minutes each engagement took (a ticket has no duration of its own). */
    durationMin: z.number().min(0).max(100_000).default(0),
    dates: z
      .object({
        /** `iso`: 2026-03-02 09:15[:27] or ISO 8601; `dd/MMM/yy h:mm a`: Jira's 02/Mar/26 9:15 AM. */
        format: z.enum(DATE_FORMATS).default('iso'),
        /** The zone of times written without one: IANA (Europe/Berlin) or Windows (W. Europe Standard Time). */
        timeZone: z.string().default('UTC'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type Mapping = z.infer<typeof mappingSchema>;
