/**
 * Fields every import row kind shares (server/schema/bundle.ts and the sections with modules of their own,
 * survey.ts and value.ts): ids and dates, with the messages the import report shows.
 */
import { z } from 'zod';

export const id = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z0-9._:-]+$/, 'may hold only letters, digits and . _ : -');
export const isoDate = z.iso.date({ message: 'must be a date like 2025-03-31' });
