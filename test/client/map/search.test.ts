import { describe, expect, it } from 'vitest';
import { rankMatches } from '../../../client/map/search.ts';
import type { MapNode } from '../../../client/map/types.ts';

const node = (label: string) => ({ id: label, data: { label } }) as unknown as MapNode;

describe('search by name', () => {
  it('ranks names that start with the text, then words that do, then the rest', () => {
    const nodes = ['Dana Rossi', 'Ross Ng', 'Ana Ross', 'Carlos Amoros', 'Lee Park'].map(node);
    expect(rankMatches(nodes, 'ros').map((n) => n.id)).toEqual([
      'Ross Ng',
      'Ana Ross',
      'Dana Rossi',
      'Carlos Amoros',
    ]);
    expect(rankMatches(nodes, 'zz')).toEqual([]);
  });
});
