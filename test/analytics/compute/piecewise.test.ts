/**
 * Values cut into pieces for the thread crossing come back equal: long arrays and large Maps split into chunks
 * at any depth, short ones kept whole, typed arrays and dates intact, and the receiver pauses between chunks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromPieces, toPieces } from '../../../server/analytics/compute/piecewise.ts';

const roundTrip = async (value: unknown) => {
  let pauses = 0;
  const pieces = toPieces(value);
  const back = await fromPieces(pieces, async () => void pauses++);
  return { back, pauses, chunks: pieces.chunks.length };
};

describe('piecewise transfer', () => {
  it('cuts long arrays and large Maps at any depth, one pause per chunk', async () => {
    const value = {
      micro: {
        dyads: Array.from({ length: 1000 }, (_, i) => ({ a: `p-${i}`, score: i / 7, at: new Date(i) })),
      },
      series: [Array.from({ length: 600 }, (_, i) => i), [1, 2, 3]],
      byUnit: new Map(
        Array.from({ length: 300 }, (_, i) => [`u-${i}`, { weights: new Float64Array([i, i + 0.5]) }]),
      ),
      small: new Map([['a', 1]]),
      notes: ['kept whole'],
    };
    const { back, pauses, chunks } = await roundTrip(value);
    expect(back).toEqual(value);
    expect(chunks).toBe(4 + 3 + 2); // 1000 dyads, 600 numbers, 300 map entries in chunks of 256
    expect(pauses).toBe(chunks);
  });

  it('cuts a record with many keys (one per person) into chunks of its entries, its key order kept', async () => {
    const values = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`p-${i}`, { value: i / 3 }]));
    const value = { ei: { people: values, organisation: { value: 0.5 } }, [600]: 'integer-like key first' };
    const { back, chunks } = await roundTrip(value);
    expect(chunks).toBe(3);
    expect(back).toEqual(value);
    expect(Object.keys((back as typeof value).ei.people)).toEqual(Object.keys(values));
    expect(Object.keys(back as object)).toEqual(Object.keys(value));
  });

  it('gives back any JSON-like value unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect((await roundTrip(value)).back).toEqual(value);
      }),
      { seed: 20261203, numRuns: 200 },
    );
  });

  it('cuts a long array at the root or beside a __proto__ field, and leaves the value it was given unchanged', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ i }));
    expect((await roundTrip(rows)).back).toEqual(rows);
    const value = JSON.parse('{"__proto__": {"x": 1}, "a": [{"b": []}]}') as { a: Array<{ b: number[] }> };
    value.a[0]!.b = Array.from({ length: 600 }, (_, i) => i);
    const before = structuredClone(value);
    const { back, chunks } = await roundTrip(value);
    expect(chunks).toBe(3);
    expect(back).toEqual(before);
    expect(Object.keys(back as object)).toEqual(['__proto__', 'a']);
    expect(value).toEqual(before);
    expect(value.a[0]!.b).toHaveLength(600);
  });

  it('moves its buffers: every piece owns a whole ArrayBuffer', () => {
    const pieces = toPieces({ rows: Array.from({ length: 700 }, (_, i) => ({ i })) });
    for (const piece of [pieces.skeleton, ...pieces.chunks]) {
      expect(piece.byteOffset).toBe(0);
      expect(piece.byteLength).toBe(piece.buffer.byteLength);
    }
  });
});
