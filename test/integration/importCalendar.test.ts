import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { importData, readImportSource } from '../../server/import/importer.ts';
import { personIdOfAddress } from '../../server/import/calendar/addressBook.ts';
import { clearGraph, connectTestDatabase, graphFingerprint } from '../support/db.ts';

const CALENDARS = fileURLToPath(new URL('../fixtures/calendar/', import.meta.url));
const ORG = path.join(CALENDARS, 'org');

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());
beforeEach(async () => {
  await clearGraph(db);
  const org = await importData(db, readImportSource(ORG));
  if (org.status !== 'imported') throw new Error(JSON.stringify(org));
});

async function importCalendar(file: string) {
  return importData(
    db,
    readImportSource(path.join(CALENDARS, file), { calendar: { now: Date.parse('2026-06-01T00:00:00Z') } }),
  );
}

/** Each meeting as "at duration person:role,…," (people sorted), what the calendar must give, to the minute. */
async function meetings(): Promise<string[]> {
  const session = db.session('READ');
  try {
    const result = await session.run(
      `MATCH (e:Engagement {kind: 'meeting'})<-[r:PARTICIPATED]-(p:Person)
       WITH e, p.id + ':' + r.role AS who ORDER BY who
       RETURN e.at.epochMillis AS at, toFloat(e.durationMin) AS minutes, collect(who) AS people`,
    );
    return result.records
      .map((record) => {
        const at = new Date(Number(record.get('at'))).toISOString().replace('.000Z', 'Z');
        const people = (record.get('people') as string[]).map((who) => `${who},`).join('');
        return `${at} ${Number(record.get('minutes'))} ${people}`;
      })
      .sort();
  } finally {
    await session.close();
  }
}

describe('calendar import into Neo4j', () => {
  it('writes the Outlook series as meetings to the minute, with the vendor found by domain', async () => {
    const outcome = await importCalendar('outlook.ics');
    expect(outcome.status).toBe('imported');
    if (outcome.status !== 'imported') return;
    expect(outcome.summary.engagements.created).toBe(13);
    expect(outcome.skipped).toEqual({ cancelled: 1, allDay: 1, fewParticipants: 1 });
    const lines = await meetings();
    expect(lines).toHaveLength(13);
    const sync = 'p-ana:attendee,p-ben:attendee,p-dora:initiator,';
    expect(lines).toContain(`2026-02-03T13:00:00Z 45 ${sync}`);
    expect(lines).toContain(`2026-03-30T08:00:00Z 30 ${sync}`);
    const jana = personIdOfAddress('jana.novak@acme.example');
    expect(lines).toContain(`2026-01-14T14:00:00Z 60 ${jana}:attendee,p-ana:initiator,p-chen:attendee,`);
    const session = db.session('READ');
    const record = (
      await session.run(
        'MATCH (p:Person {id: $id})-[m:MEMBER_OF]->(u:Provider) RETURN p.name AS name, p.foundByDomain AS flag, u.id AS unit, toString(m.since) AS since',
        { id: jana },
      )
    ).records[0];
    await session.close();
    expect(record?.toObject()).toEqual({ name: 'Jana Novak', flag: true, unit: 'acme', since: '2026-01-14' });
  });

  it('changes nothing when the same calendars are imported again', async () => {
    await importCalendar('outlook.ics');
    await importCalendar('google.ics');
    const before = await graphFingerprint(db);
    const again = await importCalendar('outlook.ics');
    const google = await importCalendar('google.ics');
    for (const outcome of [again, google]) {
      expect(outcome.status).toBe('imported');
      if (outcome.status !== 'imported') continue;
      for (const counts of Object.values(outcome.summary)) expect(counts.created + counts.updated).toBe(0);
    }
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('reads .ics files beside the CSV sections of a folder, after them', async () => {
    await clearGraph(db);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-calendar-'));
    try {
      for (const file of fs.readdirSync(ORG)) fs.copyFileSync(path.join(ORG, file), path.join(folder, file));
      fs.copyFileSync(path.join(CALENDARS, 'google.ics'), path.join(folder, 'google.ics'));
      const outcome = await importData(db, readImportSource(folder));
      expect(outcome.status === 'imported' && outcome.summary.engagements.created).toBe(7);
      expect(await meetings()).toContain('2026-01-06T15:00:00Z 30 p-ben:counterpart,p-eli:initiator,');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports an unknown address with file and line and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const outcome = await importCalendar('bad/unknown-address.ics');
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        file: 'unknown-address.ics',
        line: 13,
        field: 'ATTENDEE',
        code: 'unknown_address',
      }),
    ]);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('writes nothing from a malformed calendar', async () => {
    const before = await graphFingerprint(db);
    for (const file of ['bad/unterminated.ics', 'bad/bad-rrule.ics']) {
      const outcome = await importCalendar(file);
      expect(outcome.status).toBe('invalid');
    }
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
