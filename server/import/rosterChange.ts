/**
 * Whether an import changed what the projections' roster holds (people with their primary unit, units with their
 * parents: analytics/projection/roster.ts). Recorded with the data version the import makes
 * (cypher/import/recordChange.cypher), so that a compute thread uses the roster it read for an earlier version
 * again when no import since changed it (analytics/projection/keptRoster.ts). Domains count too: a calendar's
 * outside addresses make people of the providers they map to.
 */
import { changedIn, type ImportSummary } from './importSummary.ts';
import type { StepName } from './stagedSteps.ts';

const ROSTER_STEPS: StepName[] = ['units', 'unitParents', 'people', 'memberships', 'domains'];

export function rosterChanged(summary: ImportSummary): boolean {
  return changedIn(summary, ROSTER_STEPS);
}
