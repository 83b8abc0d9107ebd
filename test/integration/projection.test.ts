import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { loadGraphs, newestEngagement } from '../../server/analytics/projection/loadGraphs.ts';
import { resolveWindow } from '../../server/analytics/window.ts';
import { DEFAULT_TIE_OPTIONS } from '../../server/analytics/options.ts';
import { connectTestDatabase, loadTinyFixture } from '../support/db.ts';

let db: Database;

beforeAll(async () => {
  db = await connectTestDatabase();
  await loadTinyFixture(db);
});
afterAll(async () => db?.close());

describe('projection', () => {
  it('ends a named window the day after the newest engagement', async () => {
    const window = resolveWindow('90d', await newestEngagement(db));
    expect(window.to.toISOString()).toBe('2026-10-03T00:00:00.000Z');
    expect(window.from.toISOString()).toBe('2026-07-05T00:00:00.000Z');
  });

  it('weighs person ties by kind and by participants, without decay when the half-life is 0', async () => {
    const window = resolveWindow('90d', await newestEngagement(db));
    const { persons, units } = await loadGraphs(db, window, { ...DEFAULT_TIE_OPTIONS, halfLifeDays: 0 });
    expect(persons.order).toBe(4);
    expect(persons.getEdgeAttributes('p-ben', 'p-chen')).toEqual({ weight: 1.5, engagements: 2 });
    expect(persons.getEdgeAttribute('p-dora', 'p-ana', 'weight')).toBeCloseTo(0.5, 12);
    expect(persons.getNodeAttributes('p-dora')).toMatchObject({
      unit: 'it-brm',
      unitType: 'provider',
      unitKind: 'internal',
    });
    expect(units.getEdgeAttribute('sales', 'it', 'weight')).toBeCloseTo(2.0, 12);
    expect(units.getEdgeAttribute('it-brm', 'sales', 'weight')).toBeCloseTo(0.5, 12);
    expect(units.getNodeAttributes('sales')).toMatchObject({ members: 2, internalWeight: 0 });
  });

  it('lets recent engagements count more with a half-life', async () => {
    const window = resolveWindow('90d', await newestEngagement(db));
    const { persons } = await loadGraphs(db, window, { ...DEFAULT_TIE_OPTIONS, halfLifeDays: 30 });
    const ageDays = (Date.parse('2026-10-03T00:00:00Z') - Date.parse('2026-10-02T10:00:00Z')) / 86_400_000;
    expect(persons.getEdgeAttribute('p-dora', 'p-ana', 'weight')).toBeCloseTo(0.5 * 2 ** (-ageDays / 30), 12);
  });

  it('directs initiation ties from the initiator to the others', async () => {
    const window = resolveWindow('90d', await newestEngagement(db));
    const { initiations } = await loadGraphs(db, window, { ...DEFAULT_TIE_OPTIONS, halfLifeDays: 0 });
    expect(initiations.getEdgeAttribute('p-ben', 'p-chen', 'weight')).toBeCloseTo(1.5, 12);
    expect(initiations.hasEdge('p-chen', 'p-ben')).toBe(false);
    expect(initiations.outDegree('p-dora')).toBe(2);
  });

  it('gives each unit its parent and the BRM assignments in force at the end of the window', async () => {
    const window = resolveWindow('90d', await newestEngagement(db));
    const { units, brmAssignments } = await loadGraphs(db, window);
    expect(units.getNodeAttribute('it-brm', 'parent')).toBe('it');
    expect(units.getNodeAttributes('it')).not.toHaveProperty('parent');
    expect(brmAssignments).toEqual([{ personId: 'p-dora', departmentId: 'sales' }]);
    const before = resolveWindow({ from: '2023-01-01', to: '2023-02-01' }, null);
    expect((await loadGraphs(db, before)).brmAssignments).toEqual([]);
  });

  it('leaves out engagements outside the window', async () => {
    const window = resolveWindow({ from: '2026-09-15', to: '2026-10-01' }, null);
    const { persons } = await loadGraphs(db, window, { ...DEFAULT_TIE_OPTIONS, halfLifeDays: 0 });
    expect(persons.getEdgeAttributes('p-ben', 'p-chen')).toEqual({ weight: 0.5, engagements: 1 });
    expect(persons.size).toBe(1);
  });
});
