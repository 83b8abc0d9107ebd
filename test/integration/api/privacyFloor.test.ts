/**
 * The privacy floor holds in every field: the s demo org plus a 1-person vendor and a 2-person department
 * (floor 5), both busy in the default window with the big units. Every GET route of the OpenAPI document is
 * called as a viewer with its default parameters (and, where it takes a unit, with the tiny units), and no
 * answer — JSON, CSV, GraphML, GEXF or problem — holds the id or name of a unit below the floor or of its people.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { importData } from '../../../server/import/importer.ts';
import { rawFromBundle } from '../../../server/import/rawBundle.ts';
import type { Bundle } from '../../../server/schema/bundle.ts';
import { generateOrg } from '../../../seed/generate.ts';
import { clearGraph, connectTestDatabase } from '../../support/db.ts';
import { startTestApp, type TestApp } from './appHarness.ts';

const FLOOR = 5;
const TINY = {
  units: [
    { id: 'vendor-tiny', name: 'Zephyrine Microvendor', type: 'provider', kind: 'external', function: 'IT' },
    { id: 'dept-tiny', name: 'Quillonby Studio', type: 'department', kind: 'business' },
  ],
  people: [
    { id: 'p-tiny-1', name: 'Ysolde Vantablack', unit: 'vendor-tiny' },
    { id: 'p-tiny-2', name: 'Ottoline Brackwater', unit: 'dept-tiny' },
    { id: 'p-tiny-3', name: 'Peregrin Saltmarsh', unit: 'dept-tiny' },
  ],
} as const;

/** The s org with the tiny units engaging its busiest people in each of its latest engagements' slots. */
function orgWithTinyUnits(): Bundle {
  const { bundle } = generateOrg({ size: 's', seed: 7 });
  const recent = [...bundle.engagements].sort((a, b) => (a.at < b.at ? 1 : -1)).slice(0, 60);
  const partner = (i: number) => bundle.participants.find((p) => p.engagementId === recent[i]!.id)!.personId;
  const engagements = recent.map((e, i) => ({ ...e, id: `e-tiny-${i}` }));
  const participants = engagements.flatMap((e, i) => [
    { engagementId: e.id, personId: TINY.people[i % 3]!.id, role: 'initiator' as const },
    { engagementId: e.id, personId: partner(i), role: 'counterpart' as const },
  ]);
  const since = '2020-01-01';
  return {
    ...bundle,
    units: [...bundle.units, ...TINY.units],
    people: [
      ...bundle.people,
      ...TINY.people.map(({ id, name }) => ({ id, name, title: '', role: 'staff' as const, active: true })),
    ],
    memberships: [
      ...bundle.memberships,
      ...TINY.people.map((p) => ({ personId: p.id, unitId: p.unit, since })),
    ],
    serves: [
      ...bundle.serves,
      { providerId: 'prov-it', departmentId: 'dept-tiny', purpose: 'Tools', since, targetMaturity: 3 },
      { providerId: 'vendor-tiny', departmentId: 'dept-001', purpose: 'Hosting', since, targetMaturity: 3 },
    ],
    engagements: [...bundle.engagements, ...engagements],
    participants: [...bundle.participants, ...participants],
  };
}

let db: Database;
let app: TestApp;
let bundle: Bundle;

beforeAll(async () => {
  db = await connectTestDatabase();
  bundle = orgWithTinyUnits();
  await clearGraph(db);
  const outcome = await importData(db, { raw: rawFromBundle(bundle, 'privacy-floor'), issues: [] });
  expect(outcome.status).toBe('imported');
  app = await startTestApp(db, { privacy: { minGroupSize: FLOOR } });
  return async () => {
    await app.close();
    await db.close();
  };
});

/** Everything that would single out a unit below the floor: its id, its name, its people's ids and names. */
function hidden(): string[] {
  const members = new Map<string, string[]>();
  for (const m of bundle.memberships) members.set(m.unitId, [...(members.get(m.unitId) ?? []), m.personId]);
  const small = bundle.units.filter((u) => (members.get(u.id)?.length ?? 0) < FLOOR).map((u) => u.id);
  const tiny = [...TINY.units.flatMap((u) => [u.id, u.name]), ...TINY.people.flatMap((p) => [p.id, p.name])];
  return [...new Set([...small.map((id) => `"${id}"`), ...tiny])];
}

interface Operation {
  parameters?: Array<{ name: string; in: string; required: boolean; schema?: { default?: unknown } }>;
  'x-required-role': string;
}

/** Dates for the required period parameters (/api/compare): the default window against the one before it. */
async function periods(): Promise<Record<string, string>> {
  const { window } = (await (await app.call('/api/silos', { as: 'viewer' })).json()) as {
    window: { from: string; to: string };
  };
  const day = (iso: string, shift = 0) => new Date(Date.parse(iso) - shift).toISOString().slice(0, 10);
  const length = Date.parse(window.to) - Date.parse(window.from);
  return {
    beforeFrom: day(window.from, length),
    beforeTo: day(window.from),
    afterFrom: day(window.from),
    afterTo: day(window.to),
  };
}

/** Each GET route with its default query, and again naming a tiny unit where it takes one. */
async function viewerCalls(): Promise<string[]> {
  const doc = (await (await app.call('/api/openapi.json')).json()) as {
    paths: Record<string, { get?: Operation }>;
  };
  const dates = await periods();
  const calls: string[] = [];
  for (const [path, { get }] of Object.entries(doc.paths)) {
    if (!get) continue;
    const params = (get.parameters ?? []).filter((p) => !(p.name in dates));
    const datesOf = (get.parameters ?? [])
      .filter((p) => p.name in dates)
      .map((p) => `${p.name}=${dates[p.name]}&`);
    const unknown = params.filter((p) => p.required && !/Id$|^id$|^unit$/.test(p.name));
    expect(unknown, `${path}: a required parameter this test cannot fill`).toEqual([]);
    const route = path.replace(/\{[^}]+\}/g, 'vendor-tiny');
    const ids = params.filter((p) => p.required && p.in === 'query').map((p) => p.name);
    const fill = (unit: string) =>
      ids.map((name) => `${name}=${name.startsWith('provider') ? 'vendor-tiny' : unit}`);
    const query = (unit: string) => `${route}?${datesOf.join('')}${fill(unit).join('&')}`;
    calls.push(query('dept-001'), query('dept-tiny'));
    if (params.some((p) => p.name === 'unit'))
      for (const unit of ['vendor-tiny', 'dept-tiny']) calls.push(`${route}?unit=${unit}`);
  }
  return calls;
}

describe('the privacy floor in every viewer answer', () => {
  it('the tiny units are in the data and the window: an analyst sees them', async () => {
    const silos = await (await app.call('/api/silos', { as: 'analyst' })).text();
    for (const unit of TINY.units) expect(silos).toContain(`"${unit.id}"`);
    expect(silos).toMatch(/"reachedUnits":\[[^\]]*"vendor-tiny"/);
  });

  it('no GET route shows a viewer a unit below the floor, its name or its people, in any field', async () => {
    const calls = await viewerCalls();
    const forbidden = hidden();
    let answered = 0;
    for (const call of calls) {
      const res = await app.call(call, { as: 'viewer' });
      expect(res.status, call).toBeLessThan(500);
      if (res.status === 200) answered += 1;
      const body = await res.text();
      for (const text of forbidden) expect(body.includes(text), `${call} shows ${text}`).toBe(false);
    }
    expect(answered).toBeGreaterThanOrEqual(10);
  });
});
