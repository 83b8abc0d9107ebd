/** The console's exports read back to the answer, and the summary says which cap cut an answer. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { CypherAnswer } from '../../../client/api/analytics.ts';
import { resultCsv, resultJson } from '../../../client/console/exportResult.ts';
import { cutBecause } from '../../../client/console/resultData.ts';

const node = { elementId: '4:x:1', labels: ['Person'], properties: { id: 'p-001', name: 'Ann, "the" boss' } };
const answer: CypherAnswer = {
  columns: ['person', 'engagements', 'units', 'note'],
  rows: [
    [node, 12, ['it', 'sales'], '=HYPERLINK("http://x")'],
    [null, 0.5, [], 'line\nbreak'],
  ],
  truncated: true,
  truncatedBy: 'rows',
  limit: 2,
  maxBytes: 10 * 1_048_576,
  graph: { nodes: [node], relationships: [] },
  queryHash: 'abc123',
  elapsedMs: 3,
};

describe('console exports', () => {
  it('writes CSV that reads back to the rows: values whole, nodes and lists as JSON, formulas defused', () => {
    const read = parse(resultCsv(answer), { relax_column_count: false }) as string[][];
    expect(read[0]).toEqual(answer.columns);
    expect(read.length).toBe(3);
    expect(JSON.parse(read[1]![0]!)).toEqual(node);
    expect(read[1]![1]).toBe('12');
    expect(JSON.parse(read[1]![2]!)).toEqual(['it', 'sales']);
    expect(read[1]![3]!.startsWith('=')).toBe(false);
    expect(read[2]).toEqual(['', '0.5', '[]', 'line\nbreak']);
  });

  it('writes JSON with each row by column and the cut it carries', () => {
    const json = JSON.parse(resultJson(answer)) as Record<string, unknown>;
    expect(json).toMatchObject({ columns: answer.columns, truncated: true, truncatedBy: 'rows', limit: 2 });
    expect(json.rows).toEqual([
      { person: node, engagements: 12, units: ['it', 'sales'], note: '=HYPERLINK("http://x")' },
      { person: null, engagements: 0.5, units: [], note: 'line\nbreak' },
    ]);
  });

  it('says which cap cut the answer', () => {
    expect(cutBecause(answer)).toBe('Cut at the row cap of 2: more rows match.');
    expect(cutBecause({ ...answer, truncatedBy: 'bytes' })).toBe(
      'Cut at the size cap of 10 MB: the rows shown are the first that fit; the answer was larger.',
    );
  });
});
