/**
 * Which relationships the dashboard lists and in what order: filters (provider, department, stage, text over
 * names and purpose) and sorts (gap to target, assessed maturity, trust, stage, latest volume, value leakage,
 * name). Pure;
 * the numbers sorted on are the API's, picked, not computed.
 */
import type { RelationshipRow } from '../api/analytics.ts';
import { RELATIONSHIP_SORTS, type RelationshipSortKey, type RelationshipStage } from '../state/state.ts';

export interface RelationshipFilter {
  provider: string | null;
  department: string | null;
  stage: RelationshipStage | null;
  text: string;
}

export interface RelationshipSort {
  key: RelationshipSortKey;
  descending: boolean;
}

/** Stages in order of concern: what a BRM should look at first. */
export const STAGE_CONCERN: RelationshipStage[] = [
  'declining',
  'dormant',
  'forming',
  'growing',
  'sustaining',
];

export function parseSort(text: string): RelationshipSort {
  const descending = text.startsWith('-');
  const key = RELATIONSHIP_SORTS.find((candidate) => candidate === text.replace(/^-/, '')) ?? 'gap';
  return { key, descending };
}

export function formatSort(sort: RelationshipSort): string {
  return `${sort.descending ? '-' : ''}${sort.key}`;
}

/** The gap to target the API states: against the assessed level, else against the indicated one. */
export function gapOf(row: RelationshipRow): number | null {
  return row.maturity.gaps.targetVsAssessed ?? row.maturity.gaps.targetVsIndicated;
}

/** Engagements in the newest period of the series (null without a series). */
export function latestVolume(row: RelationshipRow): number | null {
  return row.series.at(-1)?.volume ?? null;
}

export function relationshipKey(row: Pick<RelationshipRow, 'providerId' | 'departmentId'>): string {
  return `${row.providerId}→${row.departmentId}`;
}

export function filterRelationships(rows: RelationshipRow[], filter: RelationshipFilter): RelationshipRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.provider && row.providerId !== filter.provider) return false;
    if (filter.department && row.departmentId !== filter.department) return false;
    if (filter.stage && row.stage?.stage !== filter.stage) return false;
    const haystack = `${row.providerName} ${row.departmentName} ${row.purpose}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

const VALUE_OF: Record<RelationshipSortKey, (row: RelationshipRow) => number | string | null> = {
  name: (row) => `${row.providerName}\u0000${row.departmentName}`,
  gap: gapOf,
  maturity: (row) => row.maturity.assessed.mean ?? row.maturity.assessed.level,
  trust: (row) => row.trust?.value ?? null,
  stage: (row) => (row.stage ? STAGE_CONCERN.indexOf(row.stage.stage) : null),
  volume: latestVolume,
  // The leakage as a share of what was due: descending puts the relationships leaking most first.
  value: (row) => row.value?.share ?? null,
};

/** Sorted copy; rows without a value go last in either direction, ties by name. */
export function sortRelationships(rows: RelationshipRow[], sort: RelationshipSort): RelationshipRow[] {
  const value = VALUE_OF[sort.key];
  const byName = VALUE_OF.name;
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((row) => ({ row, value: value(row), name: byName(row) as string }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value !== b.value) return a.value === null ? 1 : -1;
      } else if (a.value !== b.value) return sign * compare(a.value, b.value);
      return a.name.localeCompare(b.name);
    })
    .map((entry) => entry.row);
}

function compare(a: number | string, b: number | string): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}
