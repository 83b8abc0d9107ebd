import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mappedCsvSource, readMapped } from '../../../server/import/mapped/mappedSource.ts';
import { parseMapping } from '../../../server/import/mapped/readMapping.ts';
import { csvFolderSource } from '../../../server/import/readCsvFolder.ts';
import { RowCollector } from '../../../server/import/validateRows.ts';

const MAPPED = fileURLToPath(new URL('../../fixtures/mapped/', import.meta.url));
const ORG = fileURLToPath(new URL('../../fixtures/calendar/org/', import.meta.url));

/** The org's people read first (as a folder would), then the export through its mapping. */
async function read(csv: string, mapping: string) {
  const rows = new RowCollector();
  await csvFolderSource(ORG).read(rows);
  const before = {
    engagements: rows.bundle.engagements.length,
    participants: rows.bundle.participants.length,
  };
  await mappedCsvSource(MAPPED + csv, MAPPED + mapping).read(rows);
  const people = rows.bundle.participants.slice(before.participants);
  const lines = rows.bundle.engagements.slice(before.engagements).map((e) => {
    const [from, to] = people.filter((p) => p.engagementId === e.id).map((p) => p.personId);
    return `${e.id} ${e.at.slice(0, 16)} ${from}→${to} ${e.outcome} due ${e.promisedBy?.slice(0, 16) ?? '-'} done ${e.deliveredAt?.slice(0, 16) ?? '-'}`;
  });
  return {
    lines,
    issues: rows.issues.listed,
    skipped: rows.skipped,
    kinds: new Set(rows.bundle.engagements.slice(before.engagements).map((e) => e.kind)),
  };
}

describe('a ServiceNow incident export', () => {
  it('gives one support engagement per assigned incident, CET/CEST times to the minute', async () => {
    const { lines, issues, skipped, kinds } = await read(
      'servicenow-incidents.csv',
      'servicenow-incidents.mapping.json',
    );
    expect(issues).toEqual([]);
    expect(kinds).toEqual(new Set(['support']));
    expect(lines).toEqual([
      'snow-INC0010001 2026-03-02T08:15 p-ben→p-eli delivered due 2026-03-03T16:00 done 2026-03-02T10:40',
      'snow-INC0010002 2026-03-05T13:02 p-ana→p-chen delivered due 2026-03-10T16:00 done 2026-03-12T07:30',
      'snow-INC0010003 2026-03-30T06:45 p-ben→p-eli agreed due 2026-04-02T15:00 done -',
      'snow-INC0010005 2026-04-01T14:20 p-ana→p-chen cancelled due - done -',
    ]);
    expect(skipped).toEqual({ noCounterpart: 1 }); // INC0010004 is not assigned
  });
});

describe('a Jira issue export', () => {
  it("reads Jira's dates in Berlin time and people by name", async () => {
    const { lines, issues } = await read('jira-issues.csv', 'jira-issues.mapping.json');
    expect(issues).toEqual([]);
    expect(lines).toEqual([
      'jira-CRM-101 2026-03-02T08:15 p-ana→p-chen delivered due 2026-03-08T23:00 done 2026-03-06T15:30',
      'jira-CRM-102 2026-03-30T12:05 p-ben→p-chen agreed due 2026-04-14T22:00 done -',
      'jira-CRM-103 2026-03-10T10:20 p-ben→p-dora delivered due 2026-03-12T23:00 done 2026-03-20T09:00',
    ]);
  });
});

describe('bad mapped input', () => {
  it('reports a column the mapping names and the file lacks, at line 1, and reads no row', async () => {
    const { lines, issues } = await read('servicenow-incidents.csv', 'missing-column.mapping.json');
    expect(lines).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'servicenow-incidents.csv',
        line: 1,
        field: 'closed_at',
        code: 'missing_column',
      }),
    ]);
  });

  it('reports bad dates, unknown states and unknown people with line and column', async () => {
    const mapping = parseMapping(
      JSON.stringify({
        kind: 'support',
        id: { column: 'n' },
        initiator: { column: 'from' },
        counterpart: { column: 'to' },
        at: 'at',
        outcome: { column: 's', values: { done: 'delivered' } },
      }),
      'm.json',
    );
    const rows = new RowCollector();
    const csv =
      'n,from,to,at,s\n1,a@x.example,b@x.example,2026-13-01,done\n2,a@x.example,b@x.example,2026-03-01,later\n';
    await readMapped(Readable.from([csv]), 'x.csv', mapping, rows);
    expect(rows.issues.listed.map((i) => `${i.line} ${i.field} ${i.code}`)).toEqual([
      '2 at invalid_value',
      '3 s invalid_value',
    ]);
    const clean = new RowCollector();
    await readMapped(
      Readable.from(['n,from,to,at,s\n1,a@x.example,b@x.example,2026-03-01,done\n']),
      'x.csv',
      mapping,
      clean,
    );
    expect(clean.issues.listed.map((i) => `${i.line} ${i.field} ${i.reason}`)).toEqual([
      "2 from no person has the email 'a@x.example'",
      "2 to no person has the email 'b@x.example'",
    ]);
  });

  it('refuses a mapping with a bad field or zone, naming the field', () => {
    const bad = parseMapping('{"kind":"chat"}', 'm.json');
    expect('issues' in bad && bad.issues.map((i) => i.field)).toContain('kind');
  });
});
