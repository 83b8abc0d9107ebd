/**
 * The value sections' own cross-row checks (server/schema/value.ts), after the generic ones (references.ts has
 * already checked that an initiative names a provider and a department): an initiative belongs to a
 * business–provider relationship, so the provider must serve the department — in this import or already in
 * the database — and a benefit names an initiative of this import or of the database. Reported with file, line
 * and field like every other problem; an initiative whose units are unknown is not reported a second time.
 */
import type { Database } from '../db/database.ts';
import type { IssueLog } from './issueLog.ts';
import type { ValidatedRows } from './validateRows.ts';

type Pair = { providerId: string; departmentId: string };
type UnitType = 'department' | 'provider';

/** What the database holds of the ids and pairs the value sections name but the import does not define. */
export interface ValueLookup {
  initiatives(ids: string[]): Promise<Set<string>>;
  unitTypes(ids: string[]): Promise<Map<string, UnitType>>;
  servedPairs(pairs: Pair[]): Promise<Set<string>>;
}

const pairKey = ({ providerId, departmentId }: Pair) => `${providerId} → ${departmentId}`;

export async function checkValue(rows: ValidatedRows, lookup: ValueLookup, issues: IssueLog): Promise<void> {
  const { initiatives, benefits, serves, units } = rows.bundle;
  if (initiatives.length + benefits.length === 0) return;
  const report = (section: 'initiatives' | 'benefits', index: number, field: string, reason: string) =>
    issues.add({
      file: rows.origins[section].file,
      line: rows.origins[section].lines[index] ?? null,
      field,
      reason,
      code: 'unknown_reference',
    });
  const served = new Set(serves.map(pairKey));
  const unserved = initiatives.filter((i) => !served.has(pairKey(i)));
  const types = new Map(units.map((u) => [u.id, u.type] as const));
  const unitIds = [...new Set(unserved.flatMap((i) => [i.providerId, i.departmentId]))];
  (await lookup.unitTypes(unitIds.filter((id) => !types.has(id)))).forEach((type, id) => types.set(id, type));
  const resolvable = new Set(
    unserved.filter(
      (i) => types.get(i.providerId) === 'provider' && types.get(i.departmentId) === 'department',
    ),
  );
  const held = await lookup.servedPairs([...resolvable]);
  initiatives.forEach((initiative, index) => {
    const key = pairKey(initiative);
    if (served.has(key) || held.has(key) || !resolvable.has(initiative)) return;
    report(
      'initiatives',
      index,
      'departmentId',
      `'${initiative.providerId}' does not serve '${initiative.departmentId}' (no serves row)`,
    );
  });
  const known = new Set(initiatives.map((i) => i.id));
  const missing = [...new Set(benefits.map((b) => b.initiativeId))].filter(
    (id) => !known.has(id) && !rows.invalidIds.initiatives.has(id),
  );
  (await lookup.initiatives(missing)).forEach((id) => known.add(id));
  benefits.forEach((benefit, index) => {
    if (!known.has(benefit.initiativeId) && !rows.invalidIds.initiatives.has(benefit.initiativeId))
      report('benefits', index, 'initiativeId', `unknown initiative '${benefit.initiativeId}'`);
  });
}

const LOOKUP_BATCH = 10_000;

async function inBatches<T>(items: T[], read: (batch: T[]) => Promise<Array<Record<string, unknown>>>) {
  const rows: Array<Record<string, unknown>> = [];
  for (let start = 0; start < items.length; start += LOOKUP_BATCH)
    rows.push(...(await read(items.slice(start, start + LOOKUP_BATCH))));
  return rows;
}

/** The lookups against the database (cypher/import/existing*.cypher, servedPairs.cypher). */
export function databaseValueLookup(db: Database): ValueLookup {
  return {
    initiatives: async (ids) =>
      new Set(
        (await inBatches(ids, (batch) => db.read('import/existingInitiatives', { ids: batch }))).map(
          (r) => r.id as string,
        ),
      ),
    unitTypes: async (ids) =>
      new Map(
        (await inBatches(ids, (batch) => db.read('import/existingUnits', { ids: batch }))).map(
          (r) => [r.id as string, r.type as UnitType] as const,
        ),
      ),
    servedPairs: async (pairs) =>
      new Set(
        (
          await inBatches(
            pairs.map(({ providerId, departmentId }) => ({ providerId, departmentId })),
            (batch) => db.read('import/servedPairs', { pairs: batch }),
          )
        ).map((r) => pairKey(r as Pair)),
      ),
  };
}
