/**
 * The roster kept from an earlier data version (server/analytics/projection/keptRoster.ts) is used again only
 * while nothing in it changed: after imports of engagements only; never after an import that changes a person,
 * a forgotten person, a version bumped without a record, or on a graph deleted and imported again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rosterAt, type KeptRoster } from '../../server/analytics/projection/keptRoster.ts';
import { readRoster } from '../../server/analytics/projection/roster.ts';
import type { Database } from '../../server/db/database.ts';
import { readDataVersion } from '../../server/db/importGate.ts';
import { forgetPerson } from '../../server/import/erasure.ts';
import { importData } from '../../server/import/importer.ts';
import { rawFromBundle } from '../../server/import/rawBundle.ts';
import type { Bundle } from '../../server/schema/bundle.ts';
import type { GeneratedOrg } from '../../seed/generate.ts';
import { emptyBundle, oneMeeting } from '../support/bundles.ts';
import { connectTestDatabase } from '../support/db.ts';
import { importDemoOrg } from '../support/demoOrg.ts';

let db: Database;
let org: GeneratedOrg;
beforeAll(async () => {
  db = await connectTestDatabase();
  org = await importDemoOrg(db, 's', 5);
});
afterAll(async () => db?.close());

async function importBundle(id: string, bundle: Bundle): Promise<void> {
  const outcome = await importData(db, { raw: rawFromBundle(bundle, id), issues: [] });
  expect(outcome.status).toBe('imported');
}

/** One meeting between the org's first two people. */
function meeting(id: string): Bundle {
  const [a, b] = org.bundle.people;
  return oneMeeting(id, new Date(Date.parse(org.bundle.engagements[0]!.at) + 60_000), a!.id, b!.id);
}

async function current(): Promise<KeptRoster> {
  return rosterAt(db, await readDataVersion(db));
}

describe('the kept roster', () => {
  it('is used again after imports of engagements only, and equals the roster read afresh', async () => {
    const kept = await current();
    expect(kept.epoch).not.toBeNull();
    await importBundle('roster-meeting-1', meeting('roster-meeting-1'));
    await importBundle('roster-meeting-2', meeting('roster-meeting-2'));
    const version = await readDataVersion(db);
    expect(version).toBe(kept.dataVersion + 2);
    const again = await rosterAt(db, version, kept);
    expect(again.roster).toBe(kept.roster);
    expect(again.dataVersion).toBe(version);
    expect(again.roster).toEqual(await readRoster(db));
  });

  it('is read again after an import that renames a person', async () => {
    const kept = await current();
    const person = { ...org.bundle.people[0]!, name: 'Renamed Person' };
    const rename = emptyBundle();
    rename.people.push(person);
    await importBundle('roster-rename', rename);
    const again = await rosterAt(db, await readDataVersion(db), kept);
    expect(again.roster).not.toBe(kept.roster);
    expect(again.roster.people.find((p) => p.id === person.id)?.name).toBe('Renamed Person');
  });

  it('is read again after a person is forgotten, or a version bumped without a record', async () => {
    let kept = await current();
    const person = org.bundle.people.at(-1)!.id;
    expect((await forgetPerson(db, person)).found).toBe(true);
    let again = await rosterAt(db, await readDataVersion(db), kept);
    expect(again.roster).not.toBe(kept.roster);
    expect(again.roster.people.map((p) => p.id)).not.toContain(person);
    kept = again;
    await db.write('import/bumpDataVersion');
    again = await rosterAt(db, await readDataVersion(db), kept);
    expect(again.roster).not.toBe(kept.roster);
  });

  it('is read again on a graph deleted and imported again, whatever its versions', async () => {
    await importBundle('roster-meeting-3', meeting('roster-meeting-3'));
    const kept = await current();
    org = await importDemoOrg(db, 's', 6); // a new graph: its versions start over, under a new epoch
    await importBundle('roster-meeting-4', meeting('roster-meeting-4'));
    const again = await rosterAt(db, await readDataVersion(db), { ...kept, dataVersion: 1 });
    expect(again.epoch).not.toBe(kept.epoch);
    expect(again.roster).not.toBe(kept.roster);
    expect(again.roster).toEqual(await readRoster(db));
  });
});
