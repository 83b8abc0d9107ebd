import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawFromBundle } from '../../server/import/rawBundle.ts';
import { checkReferences } from '../../server/import/references.ts';
import { validateRows } from '../../server/import/validateRows.ts';
import { generateOrg } from '../../seed/generate.ts';
import { writeSeed } from '../../seed/write.ts';
import { analyse } from './rawAnalysis.ts';

function writtenFiles(size: 's', seed: number, format: 'json' | 'csv'): Map<string, Buffer> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-seed-'));
  const { bundle, groundTruth } = generateOrg({ size, seed });
  const files = writeSeed(folder, bundle, groundTruth, format);
  const contents = new Map(files.map((file) => [path.basename(file), fs.readFileSync(file)]));
  fs.rmSync(folder, { recursive: true, force: true });
  return contents;
}

describe('demo org generator', () => {
  it('writes byte-identical files for the same size and seed', () => {
    for (const format of ['json', 'csv'] as const) {
      expect(writtenFiles('s', 42, format)).toEqual(writtenFiles('s', 42, format));
    }
  });

  it('writes different data for a different seed', () => {
    expect(writtenFiles('s', 1, 'json').get('bundle.json')).not.toEqual(
      writtenFiles('s', 2, 'json').get('bundle.json'),
    );
  });

  it.each([
    ['s', 150],
    ['m', 2_000],
  ] as const)(
    'generates a valid %s org of about %i people whose references all resolve',
    async (size, people) => {
      const { bundle } = generateOrg({ size, seed: 7 });
      expect(bundle.people.length).toBeGreaterThan(people * 0.9);
      expect(bundle.people.length).toBeLessThan(people * 1.1);
      expect(bundle.engagements.length).toBeGreaterThan(people * 10);
      const raw = rawFromBundle(bundle);
      const rows = validateRows(raw);
      expect(rows.issues).toEqual([]);
      const nothingInDatabase = async () => ({
        units: new Map(),
        people: new Set<string>(),
        engagements: new Set<string>(),
      });
      expect(await checkReferences(rows, raw, nothingInDatabase)).toEqual([]);
    },
  );
});

describe.each([
  ['s', 1],
  ['s', 2],
  ['s', 3],
  ['m', 1],
  ['m', 5],
] as const)('planted patterns in the raw data of %s seed %i', (size, seed) => {
  const { bundle, groundTruth: truth } = generateOrg({ size, seed });
  const raw = analyse(bundle);

  it('the isolated department has by far the lowest E-I index and no BRM', () => {
    const ei = raw.eiByDepartment();
    const [first, second] = [...ei.entries()].sort((a, b) => a[1] - b[1]);
    expect(first![0]).toBe(truth.isolatedDepartment);
    expect(first![1]).toBeLessThan(-0.9);
    expect(second![1] - first![1]).toBeGreaterThan(0.3);
    expect(bundle.brmAssignments.some((b) => b.departmentId === truth.isolatedDepartment)).toBe(false);
  });

  it('the broker alone connects the other members of the department to IT', () => {
    const { departmentId, personId, providerId } = truth.broker;
    expect(raw.reaches(departmentId, providerId, null)).toBe(true);
    expect(raw.reaches(departmentId, providerId, personId)).toBe(false);
  });

  it('the growing and declining relationships trend over the last nine months', () => {
    const growing = raw.monthlyVolume(truth.growingRelationship);
    const declining = raw.monthlyVolume(truth.decliningRelationship);
    expect(slope(growing.slice(-9))).toBeGreaterThan(1);
    expect(slope(declining.slice(-9))).toBeLessThan(-1);
    expect(declining.at(-1)).toBeGreaterThan(0);
  });

  it('the promise-breaking provider keeps the fewest promises', () => {
    const keeping = raw.promiseKeepingByProvider();
    const [worst, next] = [...keeping.entries()].sort((a, b) => a[1] - b[1]);
    expect(worst![0]).toBe(truth.promiseBreakingProvider);
    expect(worst![1]).toBeLessThan(0.5);
    expect(next![1] - worst![1]).toBeGreaterThan(0.2);
  });

  it('the order taker and the strategic partner have the lowest and highest assessed maturity', () => {
    const maturity = [...raw.assessedMaturity().entries()].sort((a, b) => a[1] - b[1]);
    const key = (r: { providerId: string; departmentId: string }) => `${r.providerId}|${r.departmentId}`;
    expect(maturity[0]![0]).toBe(key(truth.orderTakerRelationship));
    expect(maturity.at(-1)![0]).toBe(key(truth.strategicPartnerRelationship));
  });
});

/** Least-squares slope of a series against its index. */
function slope(values: number[]): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((s, v) => s + v, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}
