/**
 * Actions marked taken, in Neo4j (cypher/actions/*): recorded with the person or role that took them, listed
 * named. Recording bumps no data version: nothing analytics-related changes, and the answers that list actions
 * are never kept in the answer cache (the route says so), so none goes stale.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.ts';
import { toInteger } from '../../db/values.ts';
import { TrellisError } from '../../errors.ts';
import type { ActionBody, ActionKind, ActionMetric } from '../../schema/actions.ts';

export interface Named {
  id: string;
  name: string;
}

/** An action as stored, named, without its effect. */
export interface StoredAction {
  id: string;
  kind: ActionKind;
  metric: ActionMetric;
  units: Named[];
  relationship: { provider: Named; department: Named } | null;
  people: Named[];
  forgottenPeople: number;
  takenAt: string;
  takenBy: { person: Named | null; role: string };
  note: string | null;
}

export interface TakenBy {
  role: string;
  personId?: string;
}

/** Stores the action; every unit and person it names must exist (422 unknown_ids naming the others). */
export async function recordAction(db: Database, body: ActionBody, takenBy: TakenBy): Promise<string> {
  await checkKnown(db, body);
  const id = `act-${randomUUID()}`;
  const action = {
    id,
    kind: body.kind,
    metric: body.metric,
    unitIds: body.units,
    providerId: body.relationship?.providerId ?? null,
    departmentId: body.relationship?.departmentId ?? null,
    takenAt: body.takenAt,
    note: body.note ?? null,
    takenByRole: takenBy.role,
  };
  await db.write('actions/create', { action, people: body.people, takenBy: takenBy.personId ?? null });
  return id;
}

async function checkKnown(db: Database, body: ActionBody): Promise<void> {
  const unitIds = [...body.units];
  if (body.relationship) unitIds.push(body.relationship.providerId, body.relationship.departmentId);
  const [row] = await db.read('actions/unknownIds', { unitIds, personIds: body.people });
  const unknown = { units: (row?.units ?? []) as string[], people: (row?.people ?? []) as string[] };
  if (unknown.units.length + unknown.people.length === 0) return;
  const listed = [
    unknown.people.length ? `people ${unknown.people.join(', ')}` : '',
    unknown.units.length ? `units ${unknown.units.join(', ')}` : '',
  ].filter(Boolean);
  throw new TrellisError('unknown_ids', `Not in the data: ${listed.join('; ')}.`, { unknown });
}

export interface ActionFilter {
  id?: string;
  /** Only actions concerning one of these units. */
  unitIds?: string[];
  relationship?: { providerId: string; departmentId: string };
  /** Only actions taken before this day (ISO date). */
  before?: string;
  limit: number;
}

export async function listActions(db: Database, filter: ActionFilter): Promise<StoredAction[]> {
  const rows = await db.read('actions/list', {
    id: filter.id ?? null,
    unitIds: filter.unitIds ?? null,
    providerId: filter.relationship?.providerId ?? null,
    departmentId: filter.relationship?.departmentId ?? null,
    before: filter.before ?? null,
    limit: toInteger(filter.limit),
  });
  return rows.map((row) => ({
    id: String(row.id),
    kind: row.kind as ActionKind,
    metric: row.metric as ActionMetric,
    units: row.units as Named[],
    relationship:
      row.provider && row.department
        ? { provider: row.provider as Named, department: row.department as Named }
        : null,
    people: row.people as Named[],
    forgottenPeople: Number(row.forgottenPeople ?? 0),
    takenAt: String(row.takenAt),
    takenBy: { person: (row.takenBy ?? null) as Named | null, role: String(row.takenByRole) },
    note: typeof row.note === 'string' ? row.note : null,
  }));
}
