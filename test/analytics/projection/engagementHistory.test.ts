/**
 * The history of every engagement (server/analytics/projection/engagementHistory.ts): rows come out in time
 * order with their participants, whichever order the table had, and a slice is the rows of its range.
 */
import { describe, expect, it } from 'vitest';
import { historyOf, sliceHistory } from '../../../server/analytics/projection/engagementHistory.ts';
import type { EngagementTable } from '../../../server/analytics/projection/engagementTable.ts';

/** A table of engagements given as [at, kind, participants (person numbers), initiator flags]. */
function table(rows: Array<[number, string, number[], number[]]>): EngagementTable {
  const personIds = ['ann', 'bob', 'cyd'];
  const start = [0];
  for (const [, , people] of rows) start.push(start.at(-1)! + people.length);
  const floats = (value: (i: number) => number) => Float64Array.from(rows, (_, i) => value(i));
  return {
    personIds,
    personNumber: new Map(personIds.map((id, n) => [id, n])),
    rank: Int32Array.from([2, 0, 1]),
    size: rows.length,
    at: floats((i) => rows[i]![0]),
    promisedBy: floats((i) => 1000 + i),
    deliveredAt: floats(() => NaN),
    kind: rows.map((row) => row[1]),
    durationMin: floats((i) => 10 * i),
    negotiated: Uint8Array.from(rows, (_, i) => i % 2),
    outcome: rows.map((_, i) => (i === 0 ? null : 'agreed')),
    sentiment: floats(() => NaN),
    start: Int32Array.from(start),
    participant: Int32Array.from(rows.flatMap((row) => row[2])),
    initiator: Uint8Array.from(rows.flatMap((row) => row[3])),
  };
}

/** Engagement i of a table as one plain value. */
function row(t: EngagementTable, i: number) {
  const links = [...Array(t.start[i + 1]! - t.start[i]!).keys()].map((k) => t.start[i]! + k);
  return {
    at: t.at[i],
    promisedBy: t.promisedBy[i],
    kind: t.kind[i],
    durationMin: t.durationMin[i],
    negotiated: t.negotiated[i],
    outcome: t.outcome[i],
    people: links.map((k) => [t.personIds[t.participant[k]!], t.initiator[k]]),
  };
}

const rowsOf = (t: EngagementTable) => Array.from({ length: t.size }, (_, i) => row(t, i));

describe('engagement history', () => {
  const rows: Array<[number, string, number[], number[]]> = [
    [300, 'meeting', [0, 1], [1, 0]],
    [100, 'transaction', [2, 0, 1], [0, 0, 1]],
    [200, 'meeting', [1], [1]],
    [100, 'meeting', [1, 2], [1, 0]],
  ];

  it('orders the rows by time (ties as they came), each with its participants and fields', () => {
    const source = table(rows);
    const history = historyOf(source, { people: [], units: [] }, 7);
    const whole = sliceHistory(history, 0, 1000);
    const expected = [1, 3, 2, 0].map((i) => row(source, i));
    expect(rowsOf(whole)).toEqual(expected);
    expect(Array.from(history.rank)).toEqual([2, 0, 1]); // per person, not per engagement: as it was
    expect(history.dataVersion).toBe(7);
  });

  it('keeps a table already in time order as it is, and slices the rows of a range', () => {
    const sorted = table([rows[1]!, rows[3]!, rows[2]!, rows[0]!]);
    const history = historyOf(sorted, { people: [], units: [] }, 1);
    expect(rowsOf(sliceHistory(history, 0, 1000))).toEqual(rowsOf(sorted));
    expect(rowsOf(sliceHistory(history, 150, 300))).toEqual([row(sorted, 2)]);
  });
});
