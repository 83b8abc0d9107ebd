import { describe, expect, it } from 'vitest';
import { noStagedNodes, recordStaged, splitByElementId } from '../../server/import/stagedNodes.ts';

/** Nodes this import staged: people p1, p2; unit u1; engagement e1. */
function staged() {
  const nodes = noStagedNodes();
  recordStaged(nodes, 'people', [
    {
      nodes: [
        ['p1', '4:db:1'],
        ['p2', '4:db:2'],
      ],
    },
  ]);
  recordStaged(nodes, 'units', [{ nodes: [['u1', '4:db:3']] }]);
  recordStaged(nodes, 'engagements', [{ nodes: [['e1', '4:db:4']] }]);
  return nodes;
}

describe('splitByElementId', () => {
  it('gives element ids to the rows whose ends were all staged, and leaves the others as they were', () => {
    const rows = [
      { personId: 'p1', engagementId: 'e1', role: 'organizer' },
      { personId: 'old', engagementId: 'e1', role: 'attendee' },
    ];
    const { byId, other } = splitByElementId(staged(), 'participants', rows);
    expect(byId).toEqual([{ ...rows[0], node: { personId: '4:db:1', engagementId: '4:db:4' } }]);
    expect(other).toEqual([rows[1]]);
  });

  it('maps a list of ends, once each, and sends a row with one end not staged over both labels', () => {
    const rows = [
      { id: 'f1', personId: 'p2', about: ['u1', 'u1'] },
      { id: 'f2', personId: 'p2', about: ['u1', 'old'] },
      { id: 'f3', personId: 'p1', about: [] },
    ];
    const { byId, other } = splitByElementId(staged(), 'feedback', rows);
    expect(byId).toEqual([
      { ...rows[0], node: { personId: '4:db:2', about: ['4:db:3'] } },
      { ...rows[2], node: { personId: '4:db:1', about: [] } },
    ]);
    expect(other).toEqual([rows[1]]);
  });

  it('never looks up a step without node ends by element id', () => {
    const rows = [{ id: 'p1' }];
    expect(splitByElementId(staged(), 'people', rows)).toEqual({ byId: [], other: rows });
  });
});
