/**
 * Which rows an import stages and which it leaves to its last transaction. A row that creates an element no
 * reader can see yet — a new node, or a relationship with a new node at one end — is staged in batches of their
 * own transactions (cypher/import/staged). A row that touches what readers see — an existing node, or a
 * relationship between existing nodes — runs in the last transaction with the switch, through the same upsert
 * as always, so all of the import becomes visible at once or none of it does.
 */
import type { Bundle } from '../schema/bundle.ts';
import type { Database } from '../db/database.ts';

/** Ids of the import that the database does not hold yet. */
export interface Fresh {
  units: Set<string>;
  people: Set<string>;
  engagements: Set<string>;
  feedback: Set<string>;
}

/** The writes of an import, one per section, and the two relationship passes after them. */
export type StepName = keyof Bundle | 'unitParents' | 'managers';

export type Route = 'staged' | 'final' | 'none';

type Row = Record<string, unknown>;
const id = (row: Row, field: string) => row[field] as string;

const ROUTES: Record<StepName, (row: Row, fresh: Fresh) => Route> = {
  units: (r, f) => (f.units.has(id(r, 'id')) ? 'staged' : 'final'),
  unitParents: (r, f) => (!f.units.has(id(r, 'id')) ? 'final' : r.parentId ? 'staged' : 'none'),
  people: (r, f) => (f.people.has(id(r, 'id')) ? 'staged' : 'final'),
  managers: (r, f) => (!f.people.has(id(r, 'id')) ? 'final' : r.managerId ? 'staged' : 'none'),
  memberships: (r, f) => either(f.people.has(id(r, 'personId')) || f.units.has(id(r, 'unitId'))),
  brmAssignments: (r, f) => either(f.people.has(id(r, 'personId')) || f.units.has(id(r, 'departmentId'))),
  serves: (r, f) => either(f.units.has(id(r, 'providerId')) || f.units.has(id(r, 'departmentId'))),
  // Always with the switch: a domain may name a provider of this import, and domains are few.
  domains: () => 'final',
  engagements: (r, f) => (f.engagements.has(id(r, 'id')) ? 'staged' : 'final'),
  participants: (r, f) => either(f.engagements.has(id(r, 'engagementId')) || f.people.has(id(r, 'personId'))),
  feedback: (r, f) => (f.feedback.has(id(r, 'id')) ? 'staged' : 'final'),
  surveyTies: (r, f) => either(f.people.has(id(r, 'personId')) || f.people.has(id(r, 'alterId'))),
  // Always with the switch, like domains: initiatives and benefits are few (a business case each, a figure a
  // month), so they need no staged label of their own and the switch stays as it is.
  initiatives: () => 'final',
  benefits: () => 'final',
};

function either(fresh: boolean): Route {
  return fresh ? 'staged' : 'final';
}

export function routeOf(step: StepName, row: unknown, fresh: Fresh): Route {
  return ROUTES[step](row as Row, fresh);
}

const LOOKUP_BATCH = 10_000;

/** Asks the database which of the import's node ids it holds; the others are new. */
export async function freshIds(db: Database, bundle: Bundle): Promise<Fresh> {
  const [held] = await db.read('import/nodeCounts');
  const known = (kind: keyof Fresh) => Number(held?.[kind] ?? 1) > 0; // none of a kind: every id is new
  return {
    units: await unknownIds(db, known('units') && 'import/existingUnits', bundle.units),
    people: await unknownIds(db, known('people') && 'import/existingPeople', bundle.people),
    engagements: await unknownIds(
      db,
      known('engagements') && 'import/existingEngagements',
      bundle.engagements,
    ),
    feedback: await unknownIds(db, known('feedback') && 'import/existingFeedback', bundle.feedback),
  };
}

async function unknownIds(
  db: Database,
  query: string | false,
  rows: Array<{ id: string }>,
): Promise<Set<string>> {
  const fresh = new Set(rows.map((row) => row.id));
  if (!query) return fresh;
  for (let start = 0; start < rows.length; start += LOOKUP_BATCH) {
    const ids = rows.slice(start, start + LOOKUP_BATCH).map((row) => row.id);
    for (const row of await db.read(query, { ids })) fresh.delete(row.id as string);
  }
  return fresh;
}
