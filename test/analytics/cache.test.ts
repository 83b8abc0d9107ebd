import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../server/analytics/cache.ts';

describe('ResultCache', () => {
  it('computes once per key and shares the pending result between callers', async () => {
    const cache = new ResultCache<number>();
    let computed = 0;
    const compute = async () => ++computed;
    const [a, b] = await Promise.all([cache.get('v1|90d', compute), cache.get('v1|90d', compute)]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    expect(await cache.get('v2|90d', compute)).toBe(2);
  });

  it('forgets a failed computation so the next call tries again', async () => {
    const cache = new ResultCache<string>();
    await expect(cache.get('k', () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(await cache.get('k', async () => 'recovered')).toBe('recovered');
  });

  it('drops the least recently used entry past its capacity', async () => {
    const cache = new ResultCache<string>(2);
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('a', async () => 'a2');
    await cache.get('c', async () => 'c1');
    expect(await cache.get('a', async () => 'a3')).toBe('a1');
    expect(await cache.get('b', async () => 'b2')).toBe('b2');
  });
});
