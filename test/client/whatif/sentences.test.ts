/** The what-if answer in words (client/whatif/sentences.ts): what is said for each kind of finding. */
import { describe, expect, it } from 'vitest';
import { disconnectedSentences, loadSentence, shiftSentence } from '../../../client/whatif/sentences.ts';
import type { WhatIfAnswer } from '../../../client/whatif/request.ts';

const shift = <T>(before: T, after: T) => ({ before, after });

describe('what-if sentences', () => {
  it('says why a pair is cut apart', () => {
    const answer = {
      disconnected: [
        { units: ['a', 'b'], names: ['Finance', 'IT'], reason: 'noPath', tiesBefore: 1 },
        { units: ['a', 'c'], names: ['Finance', 'HR'], reason: 'noDirectTie', tiesBefore: 3 },
      ],
    } as unknown as WhatIfAnswer;
    expect(disconnectedSentences(answer)).toEqual([
      'Finance and IT would lose every path between them (1 tie between them now).',
      'Finance and HR would lose every direct tie (3 ties between them now), reaching each other only through others.',
    ]);
  });

  it('names only what moves for a unit, flag first', () => {
    const unit = {
      id: 'a',
      name: 'Finance',
      isolated: shift(false, true),
      ei: shift(-0.2, -1),
      reach: shift(4, 0),
      providersEngaged: shift(2, 2),
      score: shift(0.3, 0.9),
      members: shift(8, 7),
    };
    expect(shiftSentence(unit)).toBe(
      'Finance would become isolated: reach 4 units → 0 units, E-I -0.2 → -1.',
    );
  });

  it('says who would carry how much more of the load', () => {
    const rise = { id: 'p1', name: 'Kim', unit: 'it', before: 10, after: 130.5, rise: 120.5 };
    expect(loadSentence(rise, () => 'IT')).toBe(
      'Kim (IT) would sit on the shortest paths of 121 more pairs of people (10 → 131).',
    );
  });
});
