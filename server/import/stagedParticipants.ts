/**
 * New engagements carry their participants into staging: cypher/import/staged/engagements creates each
 * engagement and its PARTICIPATED links in one query, so no participant row looks its engagement up by id nor
 * sends that id again (for `m`, 61,356 index seeks and ids fewer). Participants of engagements the database
 * holds stay rows of their own step. The person ids and roles travel as two lists of the same length, not as a
 * list of maps that would repeat the keys for every participant.
 */
interface ParticipantRow {
  engagementId: string;
  personId: string;
  role: string;
}

export interface EngagementWithParticipants {
  id: string;
  participantIds: string[];
  participantRoles: string[];
}

/**
 * Moves the staged participant rows of new engagements onto those engagements' staged rows (the step's own
 * objects, made for this import by steps.ts: given their lists in place); answers the participant rows left.
 */
export function attachParticipants(engagements: unknown[], participants: unknown[]): unknown[] {
  const carrying = new Map<string, EngagementWithParticipants>();
  for (const row of engagements as EngagementWithParticipants[]) {
    row.participantIds = [];
    row.participantRoles = [];
    carrying.set(row.id, row);
  }
  const left: unknown[] = [];
  for (const row of participants as ParticipantRow[]) {
    const engagement = carrying.get(row.engagementId);
    if (!engagement) {
      left.push(row);
      continue;
    }
    engagement.participantIds.push(row.personId);
    engagement.participantRoles.push(row.role);
  }
  return left;
}

/** The rows of the import a staged row writes: itself and the participants it carries. */
export function rowsIn(row: unknown): number {
  const carried = (row as Partial<EngagementWithParticipants>).participantIds;
  return 1 + (carried?.length ?? 0);
}
