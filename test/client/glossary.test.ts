/** The glossary's words and numbers for people. */
import { describe, expect, it } from 'vitest';
import { formatForPeople, glossary, standing } from '../../client/glossary/index.ts';

describe('numbers for people', () => {
  it('never writes an exponent', () => {
    expect(formatForPeople(9.8e-5)).toBe('less than 0.0001');
    expect(formatForPeople(6.66e-4)).toBe('0.00067');
    expect(formatForPeople(0.00519)).toBe('0.0052');
    expect(formatForPeople(2.034)).toBe('2.03');
    expect(formatForPeople(1234567.8)).toBe('1,230,000');
    expect(formatForPeople(12)).toBe('12');
    expect(formatForPeople(null)).toBe('no value');
    expect(formatForPeople(0)).toBe('0');
  });

  it('says where a value stands among those shown', () => {
    expect(standing(5, [1, 2, 3, 4, 5])).toBe('higher than 80 % of the 5 shown');
    expect(standing(1, [1, 2, 3, null])).toBe('higher than 0 % of the 3 shown');
    expect(standing(1, [1, 2])).toBeNull();
    expect(standing(null, [1, 2, 3])).toBeNull();
  });
});

describe('glossary', () => {
  it('has a plain sentence for the metrics a viewer meets, and keeps unknown names as they are', () => {
    for (const metric of ['eigenvector', 'eiVsBaseline', 'egoBreadth', 'pagerank', 'constraint'])
      expect(glossary(metric).says.length).toBeGreaterThan(20);
    expect(glossary('newMetric').label).toBe('new metric');
  });
});
