import { describe, expect, it } from 'vitest';
import { splitByStaged } from '../../server/import/stagedNodes.ts';
import type { Fresh } from '../../server/import/stagedSteps.ts';

/** Ids this import stages: people p1, p2; unit u1; engagement e1. */
function fresh(): Fresh {
  return {
    people: new Set(['p1', 'p2']),
    units: new Set(['u1']),
    engagements: new Set(['e1']),
    feedback: new Set(),
  };
}

describe('splitByStaged', () => {
  it('keeps apart the rows whose ends were all staged, and leaves the others as they were', () => {
    const rows = [
      { personId: 'p1', unitId: 'u1', since: '2024-01-01' },
      { personId: 'old', unitId: 'u1', since: '2024-01-01' },
    ];
    const { own, other } = splitByStaged(fresh(), 'memberships', rows);
    expect(own).toEqual([rows[0]]);
    expect(other).toEqual([rows[1]]);
  });

  it('deduplicates a list of ends, and sends a row with one end not staged over both labels', () => {
    const rows = [
      { id: 'f1', personId: 'p2', about: ['u1', 'u1'] },
      { id: 'f2', personId: 'p2', about: ['u1', 'old'] },
      { id: 'f3', personId: 'p1', about: [] },
    ];
    const { own, other } = splitByStaged(fresh(), 'feedback', rows);
    expect(own).toEqual([{ ...rows[0], about: ['u1'] }, rows[2]]);
    expect(other).toEqual([rows[1]]);
  });

  it('keeps a new engagement apart when every participant it carries was staged, its lists as they were', () => {
    const rows = [
      { id: 'e1', participantIds: ['p1', 'p2'], participantRoles: ['initiator', 'counterpart'] },
      { id: 'e2', participantIds: ['p1', 'old'], participantRoles: ['initiator', 'counterpart'] },
    ];
    const { own, other } = splitByStaged(fresh(), 'engagements', rows);
    expect(own).toEqual([rows[0]]);
    expect(other).toEqual([rows[1]]);
  });

  it('never splits a step without node ends', () => {
    const rows = [{ id: 'p1' }];
    expect(splitByStaged(fresh(), 'people', rows)).toEqual({ own: [], other: rows });
  });
});
