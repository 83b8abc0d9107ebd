import { describe, expect, it } from 'vitest';
import type { SilosAnswer } from '../../../client/api/analytics.ts';
import { checkWords } from '../../../client/silos/rules.ts';
import { FAILURE_FLAG, siloMarks, siloStatus, withSiloFlags } from '../../../client/silos/siloMarks.ts';
import type { GraphAnswer, GraphNode } from '../../../server/schema/graph.ts';

const separation = (unit: string, person?: { id: string; name: string }) => ({
  ...(person && { people: [person] }),
  units: [unit],
  groups: [{ units: [unit], cutFrom: ['it'] }],
  unitPairs: 1,
  peopleCutOff: 4,
  reason: `Single point of failure: without them, ${unit} no longer reaches IT.`,
});

const silos = {
  units: [
    { id: 'mkt', flagged: true, score: 0.9 },
    { id: 'log', flagged: false, score: 0.5 },
  ],
  singlePointsOfFailure: { people: [separation('log', { id: 'p-1', name: 'Kira' })], ties: [] },
} as unknown as SilosAnswer;

const node = (id: string, unit: string, flags: GraphNode['flags'] = []): GraphNode => ({
  id,
  label: id,
  unit,
  unitName: unit,
  unitType: 'department',
  unitKind: 'business',
  community: null,
  metrics: {},
  flags,
});

describe('silo marks', () => {
  const marks = siloMarks(silos);
  it('marks isolated units, their members, and the single points of failure with their units', () => {
    expect(siloStatus(node('mkt', 'mkt'), marks)).toBe('isolated');
    expect(siloStatus(node('p-9', 'mkt'), marks)).toBe('isolated');
    expect(siloStatus(node('log', 'log'), marks)).toBe('failure');
    expect(siloStatus(node('p-1', 'log'), marks)).toBe('failure');
    expect(siloStatus(node('p-2', 'log'), marks)).toBe('other');
  });

  it('adds the failure flag (with the API reason) where the map would not ring the node otherwise', () => {
    const answer = {
      nodes: [node('log', 'log'), node('mkt', 'mkt', [{ flag: 'isolated', reason: 'Isolated' }])],
    } as GraphAnswer;
    const flagged = withSiloFlags(answer, marks);
    expect(flagged.nodes[0]!.flags).toEqual([
      { flag: FAILURE_FLAG, reason: 'Single point of failure: without them, log no longer reaches IT.' },
    ]);
    expect(flagged.nodes[1]).toBe(answer.nodes[1]);
    expect(answer.nodes[0]!.flags).toEqual([]);
  });

  it('words a rule check as value against threshold', () => {
    const check = {
      rule: 'inwardMembers',
      fired: true,
      value: 1,
      threshold: 0.8,
      severity: 1,
      reason: '',
    } as const;
    expect(checkWords(check)).toEqual({ value: '100%', threshold: 'at least 80%' });
    expect(
      checkWords({ rule: 'ei', fired: false, value: -0.25, threshold: -0.5, severity: 0, reason: '' }),
    ).toEqual({ value: '-0.25', threshold: 'below -0.50' });
  });
});
