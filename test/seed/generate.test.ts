import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { decodeCsvRecord } from '../../server/import/csvCodec.ts';
import { rawFromBundle } from '../../server/import/rawBundle.ts';
import { checkReferences } from '../../server/import/references.ts';
import { validateRows } from '../../server/import/validateRows.ts';
import { CSV_FILES, ROW_SCHEMAS, SECTIONS, type Bundle } from '../../server/schema/bundle.ts';
import { generateOrg } from '../../seed/generate.ts';
import { writeSeed } from '../../seed/write.ts';

function written(seed: number, format: 'json' | 'csv'): Map<string, Buffer> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-seed-'));
  try {
    const files = writeSeed(folder, generateOrg({ size: 's', seed }), format);
    return new Map(files.map((file) => [path.basename(file), fs.readFileSync(file)]));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

describe('demo org generator: determinism', () => {
  it.each(['json', 'csv'] as const)('writes byte-identical %s files for the same size and seed', (format) => {
    const [first, second] = [written(42, format), written(42, format)];
    expect([...first.keys()].length).toBeGreaterThan(1);
    for (const [name, bytes] of first) expect(bytes.equals(second.get(name)!), name).toBe(true);
  });

  it('writes different data for a different seed', () => {
    expect(written(1, 'json').get('bundle.json')!.equals(written(2, 'json').get('bundle.json')!)).toBe(false);
  });
});

describe.each([
  ['s', 150, 7],
  ['m', 2_000, 7],
  ['m', 2_000, 11],
] as const)('a generated %s org (about %i people, seed %i)', (size, people, seed) => {
  const { bundle } = generateOrg({ size, seed });

  it('has about the stated number of people and about 12 engagements per person', () => {
    expect(bundle.people.length).toBeGreaterThan(people * 0.9);
    expect(bundle.people.length).toBeLessThan(people * 1.1);
    expect(bundle.engagements.length / bundle.people.length).toBeGreaterThan(10);
    expect(bundle.engagements.length / bundle.people.length).toBeLessThan(16);
  });

  it('validates every row against the import schemas and resolves every reference', async () => {
    const rows = await validateRows(rawFromBundle(bundle));
    expect(rows.issues.listed).toEqual([]);
    const nothingInDatabase = async () => ({
      units: new Map(),
      people: new Set<string>(),
      engagements: new Set<string>(),
    });
    await checkReferences(rows, nothingInDatabase, rows.issues);
    expect(rows.issues.listed).toEqual([]);
    expect(rows.issues.count).toBe(0);
  });

  it('has unique ids, resolvable references and engagements of two or more with one initiator', () => {
    expect(danglingReferences(bundle)).toEqual([]);
    const counts = new Map<string, { people: number; initiators: number }>();
    for (const p of bundle.participants) {
      const count = counts.get(p.engagementId) ?? { people: 0, initiators: 0 };
      count.people++;
      if (p.role === 'initiator') count.initiators++;
      counts.set(p.engagementId, count);
    }
    for (const e of bundle.engagements) {
      expect(counts.get(e.id)?.people, e.id).toBeGreaterThanOrEqual(2);
      expect(counts.get(e.id)?.initiators, e.id).toBe(1);
    }
  });

  it('keeps every timestamp inside the history, 2025-05-01 to 2026-10-31 UTC', () => {
    const times = [...bundle.engagements.map((e) => e.at), ...bundle.feedback.map((f) => f.at)];
    for (const at of times)
      expect(at >= '2025-05-01T00:00:00Z' && at < '2026-11-01T00:00:00Z', at).toBe(true);
  });
});

describe('written files', () => {
  const generated = generateOrg({ size: 's', seed: 3 });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-seed-'));

  it('writes bundle.json with one row per line, keys in schema order, and reads back as the bundle', () => {
    writeSeed(path.join(folder, 'json'), generated, 'json');
    const text = fs.readFileSync(path.join(folder, 'json', 'bundle.json'), 'utf8');
    const parsed = JSON.parse(text) as Bundle & { format: number };
    expect(parsed.format).toBe(1);
    for (const section of SECTIONS) expect(parsed[section], section).toEqual(generated.bundle[section]);
    const rowLines = text
      .split('\n')
      .slice(1)
      .filter((line) => line.startsWith('{"'));
    expect(rowLines.length).toBe(SECTIONS.reduce((n, s) => n + generated.bundle[s].length, 0));
    const engagementKeys = Object.keys(ROW_SCHEMAS.engagements.shape);
    for (const line of rowLines.filter((l) => l.startsWith('{"id":"e-'))) {
      const keys = Object.keys(JSON.parse(line.replace(/,$/, '')) as object);
      expect(keys).toEqual(engagementKeys.filter((k) => keys.includes(k)));
    }
    expect(JSON.parse(fs.readFileSync(path.join(folder, 'json', 'ground-truth.json'), 'utf8'))).toEqual(
      generated.groundTruth,
    );
  });

  it('writes one CSV file per section that decodes back to the bundle', () => {
    writeSeed(path.join(folder, 'csv'), generated, 'csv');
    for (const section of SECTIONS) {
      const text = fs.readFileSync(path.join(folder, 'csv', CSV_FILES[section]), 'utf8');
      const records = parse(text, { columns: true }) as Array<Record<string, string>>;
      const rows = records.map((r) => ROW_SCHEMAS[section].parse(decodeCsvRecord(section, r)));
      expect(rows, section).toEqual(generated.bundle[section]);
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

/** Independent reference check: duplicate ids and ids that point nowhere, as readable strings. */
function danglingReferences(bundle: Bundle): string[] {
  const problems: string[] = [];
  const ids = (rows: Array<{ id: string }>, what: string) => {
    const set = new Set(rows.map((r) => r.id));
    if (set.size !== rows.length) problems.push(`duplicate ${what} ids`);
    return set;
  };
  const units = ids(bundle.units, 'unit');
  const people = ids(bundle.people, 'person');
  const engagements = ids(bundle.engagements, 'engagement');
  ids(bundle.feedback, 'feedback');
  const departments = new Set(bundle.units.filter((u) => u.type === 'department').map((u) => u.id));
  const need = (set: Set<string>, id: string | undefined, where: string) => {
    if (id !== undefined && !set.has(id)) problems.push(`${where}: ${id}`);
  };
  bundle.units.forEach((u) => need(units, u.parentId, 'unit parent'));
  bundle.people.forEach((p) => need(people, p.managerId, 'manager'));
  bundle.memberships.forEach((m) => (need(people, m.personId, 'member'), need(units, m.unitId, 'unit')));
  bundle.brmAssignments.forEach(
    (b) => (need(people, b.personId, 'brm'), need(departments, b.departmentId, 'dept')),
  );
  bundle.serves.forEach(
    (s) => (need(units, s.providerId, 'provider'), need(departments, s.departmentId, 'dept')),
  );
  bundle.participants.forEach(
    (p) => (need(people, p.personId, 'person'), need(engagements, p.engagementId, 'e')),
  );
  bundle.feedback.forEach(
    (f) => (need(people, f.personId, 'rater'), f.about.forEach((u) => need(units, u, 'about'))),
  );
  if (new Set(bundle.memberships.map((m) => m.personId)).size !== bundle.people.length)
    problems.push('not every person belongs to exactly one unit');
  return problems;
}
