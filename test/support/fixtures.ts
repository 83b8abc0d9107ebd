/** The import fixtures (test/fixtures/import/) and what the importer must find in them. */
import { fileURLToPath } from 'node:url';

export const IMPORT_FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/** Every bad cell of bad-csv/ as `file:line field`, sorted: nothing more, nothing less may be reported. */
export const BAD_CSV_ISSUES = [
  'engagements.csv:3 kind',
  'engagements.csv:4 at',
  'engagements.csv:4 negotiated',
  'engagements.csv:4 sentiment',
  'participants.csv:7 personId',
  'participants.csv:8 engagementId',
];
