import { describe, expect, it } from 'vitest';
import type { RelationshipRow } from '../../../client/api/analytics.ts';
import {
  filterRelationships,
  formatSort,
  gapOf,
  parseSort,
  sortRelationships,
} from '../../../client/relationships/query.ts';

interface RowSpec {
  provider: string;
  department: string;
  purpose?: string;
  stage?: RelationshipRow['stage'] extends infer S ? (S extends { stage: infer T } ? T : never) : never;
  trust?: number | null;
  assessedGap?: number | null;
  indicatedGap?: number | null;
  volumes?: number[];
  /** Value leakage as a share of what was due; undefined: no initiatives. */
  leakage?: number | null;
}

function value(share: number | null | undefined): RelationshipRow['value'] {
  if (share === undefined) return null;
  return { initiatives: 1, counted: 1, amounts: [], share, worst: null, text: '' };
}

function row(spec: RowSpec): RelationshipRow {
  return {
    providerId: spec.provider.toLowerCase(),
    providerName: spec.provider,
    departmentId: spec.department.toLowerCase(),
    departmentName: spec.department,
    purpose: spec.purpose ?? 'Services',
    target: 4,
    maturity: {
      assessed: { level: 3, mean: 3, business: { mean: 3, answers: 1 }, provider: { mean: 3, answers: 1 } },
      indicated: { level: 3, label: 'service provider', score: 3, reason: '', holdingBack: [] },
      gaps: {
        targetVsAssessed: spec.assessedGap ?? null,
        targetVsIndicated: spec.indicatedGap ?? null,
        businessVsProvider: 0,
        assessedVsIndicated: 0,
      },
    },
    trust:
      spec.trust === null || spec.trust === undefined
        ? null
        : {
            value: spec.trust,
            evidence: 10,
            promiseTrust: spec.trust,
            promises: { kept: 1, late: 0, missed: 0 },
          },
    stage: spec.stage ? { stage: spec.stage, rule: spec.stage, because: '', caveats: [] } : null,
    initiationBalance: 0,
    series: (spec.volumes ?? []).map((volume, i) => ({
      from: `2026-0${i + 1}-01`,
      to: `2026-0${i + 2}-01`,
      volume,
      breadthA: 1,
      breadthB: 1,
      breadth: 2,
      manyOnOneShare: 0,
      multiplexity: 1,
    })),
    value: value(spec.leakage),
  };
}

const rows = [
  row({
    provider: 'IT',
    department: 'Sales',
    stage: 'declining',
    trust: 0.4,
    assessedGap: 2,
    volumes: [5, 3],
    leakage: 0.2,
  }),
  row({
    provider: 'HR',
    department: 'Sales',
    stage: 'growing',
    trust: 0.9,
    indicatedGap: 1,
    volumes: [1, 9],
    leakage: 0.7,
  }),
  row({
    provider: 'Legal',
    department: 'Research',
    purpose: 'Contracts and compliance',
    trust: null,
    leakage: null,
  }),
  row({
    provider: 'IT',
    department: 'Research',
    stage: 'sustaining',
    trust: 0.7,
    assessedGap: -0.5,
    volumes: [4],
  }),
];
const names = (list: RelationshipRow[]) => list.map((r) => `${r.providerName}→${r.departmentName}`);

describe('relationships: sorting', () => {
  it('sorts by the gap the API states, assessed first, then indicated; no gap last', () => {
    expect(gapOf(rows[1]!)).toBe(1);
    expect(names(sortRelationships(rows, parseSort('-gap')))).toEqual([
      'IT→Sales',
      'HR→Sales',
      'IT→Research',
      'Legal→Research',
    ]);
  });

  it('keeps rows without a value last in both directions', () => {
    expect(names(sortRelationships(rows, parseSort('trust'))).at(-1)).toBe('Legal→Research');
    expect(names(sortRelationships(rows, parseSort('-trust')))).toEqual([
      'HR→Sales',
      'IT→Research',
      'IT→Sales',
      'Legal→Research',
    ]);
  });

  it('puts the most worrying stage first and sorts by the latest volume', () => {
    expect(names(sortRelationships(rows, parseSort('stage')))[0]).toBe('IT→Sales');
    expect(names(sortRelationships(rows, parseSort('-volume'))).slice(0, 3)).toEqual([
      'HR→Sales',
      'IT→Research',
      'IT→Sales',
    ]);
  });

  it('sorts by the value leakage the API states, the largest first; none due or no initiatives last', () => {
    expect(names(sortRelationships(rows, parseSort('-value')))).toEqual([
      'HR→Sales',
      'IT→Sales',
      'IT→Research',
      'Legal→Research',
    ]);
    expect(names(sortRelationships(rows, parseSort('value'))).slice(0, 2)).toEqual(['IT→Sales', 'HR→Sales']);
  });

  it('reads and writes sort keys, falling back to the gap', () => {
    expect(parseSort('-trust')).toEqual({ key: 'trust', descending: true });
    expect(parseSort('colour')).toEqual({ key: 'gap', descending: false });
    expect(formatSort({ key: 'stage', descending: false })).toBe('stage');
  });
});

describe('relationships: filtering', () => {
  const none = { provider: null, department: null, stage: null, text: '' };
  it('filters by provider, department, stage and every word of the text', () => {
    expect(names(filterRelationships(rows, { ...none, provider: 'it' }))).toEqual([
      'IT→Sales',
      'IT→Research',
    ]);
    expect(names(filterRelationships(rows, { ...none, department: 'sales', stage: 'growing' }))).toEqual([
      'HR→Sales',
    ]);
    expect(names(filterRelationships(rows, { ...none, text: 'COMPLIANCE research' }))).toEqual([
      'Legal→Research',
    ]);
    expect(filterRelationships(rows, { ...none, text: 'compliance sales' })).toEqual([]);
    expect(filterRelationships(rows, none)).toHaveLength(rows.length);
  });
});
