/**
 * GET /api/compare on the s demo org (seed 2): comparing the first and the last quarter of the nine months over
 * which the generator planted a growing and a declining relationship, the growing one is stronger and the
 * declining one weaker, and each says so in a sentence.
 */
import { describe, expect, it } from 'vitest';
import type { CompareAnswer } from '../../../server/schema/compare.ts';
import { useDemoApp } from './demoApp.ts';

const demo = useDemoApp('s', 2);

/** The first day of the month `months` after the given ISO moment, as YYYY-MM-DD. */
function monthsAfter(iso: string, months: number): string {
  const start = new Date(iso);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1))
    .toISOString()
    .slice(0, 10);
}

describe('GET /api/compare on the demo org', () => {
  it('finds the planted growing relationship stronger and the declining one weaker', async () => {
    const { trendStart, growingRelationship: growing, decliningRelationship: declining } = demo.truth;
    const query = new URLSearchParams({
      beforeFrom: monthsAfter(trendStart, 0),
      beforeTo: monthsAfter(trendStart, 3),
      afterFrom: monthsAfter(trendStart, 6),
      afterTo: monthsAfter(trendStart, 9),
    });
    const res = await demo.app.call(`/api/compare?${query}`, { as: 'viewer' });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as CompareAnswer;
    const pair = (r: { providerId: string; departmentId: string }) =>
      answer.pairs.find((p) => [p.a, p.b].sort().join() === [r.providerId, r.departmentId].sort().join())!;
    expect(pair(growing).change).toBe('stronger');
    expect(pair(growing).after).toBeGreaterThan(pair(growing).before);
    expect(pair(declining).change).toBe('weaker');
    expect(pair(declining).after).toBeLessThan(pair(declining).before);
    const sentence = (p: { aName: string; bName: string }) =>
      answer.changes.find((c) => c.text.startsWith(`${p.aName} and ${p.bName}`));
    expect(sentence(pair(growing))?.text ?? '').toMatch(/work together more/);
    expect(sentence(pair(declining))?.text ?? '').toMatch(/work together less/);
  });
});
