/** The serialised-answer cache keeps the answers of the current data version only (erasure must leave none). */
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { AnswerCache, answerKey } from '../../server/api/answerCache.ts';

const request = { get: () => undefined, acceptsEncodings: () => 'identity' } as unknown as Request;
function response(): Response {
  const res = { set: () => res, status: () => res, end: () => res };
  return res as unknown as Response;
}

describe('AnswerCache.keepOnly', () => {
  it('drops the answers of other data versions and keeps those of the one named', async () => {
    const cache = new AnswerCache();
    const window = { key: '90d' };
    const old = answerKey('/silos', { dataVersion: 1, window }, 'viewer', {});
    const current = answerKey('/silos', { dataVersion: 2, window }, 'viewer', {});
    await cache.send(request, response(), old, async () => ({ name: 'Ana Lima' }));
    await cache.send(request, response(), current, async () => ({ name: 'Dora Kim' }));
    cache.keepOnly(2);
    expect(cache.has(old)).toBe(false);
    expect(cache.has(current)).toBe(true);
  });
});
