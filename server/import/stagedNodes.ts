/**
 * Which staged relationship rows have every end staged by this import — an id the database did not hold
 * (`Fresh`, stagedSteps.ts), which the node steps stage before any relationship step. Those rows find their
 * ends by an index seek over the staged label alone (`StagedPerson`) in cypher/import/staged/own, as plain
 * CREATE finds `Person`; a row with an end that existed before the import goes through the query over both
 * labels (`Person|StagedPerson`), about twice the time (issue 13 item 6). An earlier version sent the ends'
 * element ids instead (NodeByElementIdSeek): two 44-character strings more a row, which cost more than the
 * seek they saved — for `m`, the bench's Node process spent ≈ 1.0 s of CPU on its write against ≈ 0.55 s now
 * (plain CREATE: 0.5 s), and Neo4j no less (alternating runs, 2026-12-04).
 */
import type { Fresh, StepName } from './stagedSteps.ts';

type NodeKind = 'units' | 'people' | 'engagements';

/** Each relationship step's reference fields and the kind of node each names (a field may hold a list). */
const ENDS: Partial<Record<StepName, Record<string, NodeKind>>> = {
  unitParents: { id: 'units', parentId: 'units' },
  managers: { id: 'people', managerId: 'people' },
  memberships: { personId: 'people', unitId: 'units' },
  brmAssignments: { personId: 'people', departmentId: 'units' },
  serves: { providerId: 'units', departmentId: 'units' },
  // A new engagement's participants, carried on its row (stagedParticipants.ts); the participant rows left
  // have an engagement the database holds, so none has every end staged.
  engagements: { participantIds: 'people' },
  feedback: { personId: 'people', about: 'units' },
  surveyTies: { personId: 'people', alterId: 'people' },
};

/**
 * Splits a staged batch: rows whose ends this import all staged (a list field deduplicated, as the MERGE of
 * the query over both labels would), for cypher/import/staged/own/<step>; the other rows as they were.
 */
export function splitByStaged(
  fresh: Fresh,
  step: StepName,
  rows: unknown[],
): { own: unknown[]; other: unknown[] } {
  const ends = ENDS[step];
  if (!ends) return { own: [], other: rows };
  const own: unknown[] = [];
  const other: unknown[] = [];
  for (const row of rows as Array<Record<string, unknown>>) {
    if (allStaged(fresh, ends, row)) own.push(deduplicated(row, ends));
    else other.push(row);
  }
  return { own, other };
}

function allStaged(fresh: Fresh, ends: Record<string, NodeKind>, row: Record<string, unknown>): boolean {
  return Object.entries(ends).every(([field, kind]) => {
    const value = row[field];
    return Array.isArray(value)
      ? (value as string[]).every((id) => fresh[kind].has(id))
      : fresh[kind].has(value as string);
  });
}

/** Lists of ends the query over both labels MERGEs; participantIds is not one (its roles are aligned with it, and
 * validation refuses a person twice in an engagement). */
const MERGED_LISTS = new Set(['about']);

function deduplicated(row: Record<string, unknown>, ends: Record<string, NodeKind>): Record<string, unknown> {
  const lists = Object.keys(ends).filter((field) => MERGED_LISTS.has(field) && Array.isArray(row[field]));
  if (lists.length === 0) return row;
  const copy = { ...row };
  for (const field of lists) copy[field] = [...new Set(row[field] as string[])];
  return copy;
}

/** The variant of a step's staged query for rows with every end staged, when it has one. */
export function ownQuery(step: StepName): string | undefined {
  return ENDS[step] ? `import/staged/own/${step}` : undefined;
}
