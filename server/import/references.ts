/**
 * Cross-row checks of the validated rows: duplicate ids and duplicate relationships, references to ids that
 * exist neither in the import nor in the database (so an import may add engagements to people imported
 * earlier), references to the wrong kind of unit, and engagements without two participants and one initiator.
 * Works over the rows in place (two passes over the references, no list of them) and gives the event loop a
 * turn every YIELD_EVERY rows: a large import is checked in bounded memory without stalling HTTP.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Section, UnitRow } from '../schema/bundle.ts';
import type { IssueLog } from './issueLog.ts';
import { forEachReference, type Reference } from './referenceFields.ts';
import { reportDuplicates, type Report } from './duplicates.ts';
import type { ValidatedRows } from './validateRows.ts';

type UnitType = UnitRow['type'];
const YIELD_EVERY = 5_000;

/** Ids the database already holds, among those the import references but does not define. */
export interface ExistingIds {
  units: Map<string, UnitType>;
  people: Set<string>;
  engagements: Set<string>;
}

export type LookupExisting = (missing: {
  units: string[];
  people: string[];
  engagements: string[];
}) => Promise<ExistingIds>;

interface Known {
  units: Map<string, UnitType>;
  people: Set<string>;
  engagements: Set<string>;
}

export async function checkReferences(
  rows: ValidatedRows,
  lookupExisting: LookupExisting,
  issues: IssueLog,
): Promise<void> {
  const at: Report = (section, index, field, reason, code) =>
    issues.add({
      file: rows.origins[section].file,
      line: rows.origins[section].lines[index] ?? null,
      field,
      reason,
      code,
    });
  await reportDuplicates(rows.bundle, at);
  const known: Known = {
    units: new Map(rows.bundle.units.map((unit) => [unit.id, unit.type] as const)),
    people: new Set(rows.bundle.people.map((person) => person.id)),
    engagements: new Set(rows.bundle.engagements.map((engagement) => engagement.id)),
  };
  const missing = { units: new Set<string>(), people: new Set<string>(), engagements: new Set<string>() };
  await visitReferences(rows, (ref) => {
    const kind = idSection(ref);
    if (!isKnown(known, ref) && !rows.invalidIds[kind].has(ref.id)) missing[kind].add(ref.id);
  });
  if (missing.units.size + missing.people.size + missing.engagements.size > 0) {
    const existing = await lookupExisting({
      units: [...missing.units],
      people: [...missing.people],
      engagements: [...missing.engagements],
    });
    existing.units.forEach((type, id) => known.units.set(id, type));
    existing.people.forEach((id) => known.people.add(id));
    existing.engagements.forEach((id) => known.engagements.add(id));
  }
  await visitReferences(rows, (ref) => {
    if (rows.invalidIds[idSection(ref)].has(ref.id) && !isKnown(known, ref)) return; // its own row is reported
    const problem = resolve(ref, known);
    if (problem) at(ref.section, ref.index, ref.field, problem.reason, problem.code);
  });
}

async function visitReferences(rows: ValidatedRows, visit: (ref: Reference) => void): Promise<void> {
  let count = 0;
  for (const batch of forEachReference(rows.bundle, visit)) {
    count += batch;
    if (count >= YIELD_EVERY) {
      count = 0;
      await nextTurn();
    }
  }
}

function idSection(ref: Reference): 'units' | 'people' | 'engagements' {
  return ref.target === 'person' ? 'people' : ref.target === 'engagement' ? 'engagements' : 'units';
}

function isKnown(known: Known, ref: Reference): boolean {
  const kind = idSection(ref);
  return kind === 'units' ? known.units.has(ref.id) : known[kind].has(ref.id);
}

function resolve(ref: Reference, known: Known): { reason: string; code: string } | null {
  const unknown = (reason: string) => ({ reason, code: 'unknown_reference' });
  if (ref.target === 'person') return known.people.has(ref.id) ? null : unknown(`unknown person '${ref.id}'`);
  if (ref.target === 'engagement')
    return known.engagements.has(ref.id) ? null : unknown(`unknown engagement '${ref.id}'`);
  const type = known.units.get(ref.id);
  if (!type) return unknown(`unknown unit '${ref.id}'`);
  if (ref.target !== 'unit' && ref.target !== type)
    return { reason: `'${ref.id}' is a ${type}, expected a ${ref.target}`, code: 'wrong_unit_type' };
  return null;
}

export type { Section };
