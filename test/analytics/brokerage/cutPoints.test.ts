/**
 * Articulation points and bridges against NetworkX, and the unit pairs they alone connect against a brute force
 * that removes each person (each tie) and recomputes which units reach which.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { cutPoints, separatedPairs, separates } from '../../../server/analytics/brokerage/index.ts';
import { Rng } from '../../../server/prng.ts';
import { CLASSIC_NAMES, fixtureGraph, loadFixture } from '../centrality/classicGraphs.ts';
import { loadNetworkFixture } from '../communities/networkFixtures.ts';
import { bruteForceSeparations } from './bruteForceSeparations.ts';

function people(units: Record<string, string>, ties: Array<[string, string]>): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const [person, unit] of Object.entries(units)) graph.addNode(person, { unit });
  for (const [a, b] of ties) graph.mergeEdge(a, b, { weight: 1 });
  return graph;
}

describe.each(CLASSIC_NAMES)('cut points of %s', (name) => {
  it('are the articulation points and bridges NetworkX finds', () => {
    const result = cutPoints(fixtureGraph(loadFixture(name)));
    const { expected } = loadNetworkFixture(name);
    expect(result.articulationPoints).toEqual(expected.articulationPoints);
    expect(result.bridges).toEqual(expected.bridges);
  });
});

describe('cut points between units', () => {
  // Sales reaches IT and Legal only through Ana; IT's Ivo alone links Legal's Lea
  const graph = people({ ana: 'sales', ben: 'sales', cy: 'sales', ivo: 'it', ida: 'it', lea: 'legal' }, [
    ['ben', 'ana'],
    ['cy', 'ana'],
    ['ben', 'cy'],
    ['ana', 'ivo'],
    ['ivo', 'ida'],
    ['ivo', 'lea'],
  ]);

  it('names the person whose absence disconnects the department from IT, and from whom', () => {
    const result = cutPoints(graph);
    const ana = result.people.find((p) => p.person === 'ana')!;
    expect(ana.unit).toBe('sales');
    expect(separatedPairs(ana)).toEqual([
      ['it', 'sales'],
      ['legal', 'sales'],
    ]);
    expect(ana).toMatchObject({ unitPairs: 2, peopleCutOff: 2 });
    expect(separates(ana, 'sales', 'it')).toBe(true);
    expect(separates(ana, 'it', 'legal')).toBe(false);
    const ivo = result.people.find((p) => p.person === 'ivo')!;
    // without Ivo, Lea (legal) is alone; Ida still makes IT present but cut off from Sales
    expect(separatedPairs(ivo)).toEqual([
      ['it', 'legal'],
      ['it', 'sales'],
      ['legal', 'sales'],
    ]);
  });

  it('reports the ties that alone connect units', () => {
    const result = cutPoints(graph);
    expect(result.bridges).toEqual([
      ['ana', 'ivo'],
      ['ida', 'ivo'],
      ['ivo', 'lea'],
    ]);
    const anaIvo = result.ties.find((t) => t.people.join() === 'ana,ivo')!;
    expect(separatedPairs(anaIvo)).toEqual([
      ['it', 'sales'],
      ['legal', 'sales'],
    ]);
    // Ida–Ivo is a bridge, but Ivo still holds IT on the other side: no unit pair depends on it
    expect(result.ties.some((t) => t.people.join() === 'ida,ivo')).toBe(false);
  });

  it('does not count a pair still connected through another component', () => {
    const split = graph.copy();
    split.addNode('sam', { unit: 'sales' });
    split.addNode('isa', { unit: 'it' });
    split.mergeEdge('sam', 'isa', { weight: 1 });
    const ana = cutPoints(split).people.find((p) => p.person === 'ana')!;
    expect(separatedPairs(ana)).toEqual([['legal', 'sales']]);
  });

  it('counts units by a given partition, e.g. a sub-unit as its parent', () => {
    const partition = { ana: 'sales', ben: 'sales', cy: 'sales', ivo: 'it', ida: 'it', lea: 'it' };
    const result = cutPoints(graph, { partition });
    // Lea now counts as IT: without Ivo, Sales still loses IT (Ida and Lea are cut off), Legal is no unit
    expect(result.people.map((p) => [p.person, separatedPairs(p)])).toEqual([
      ['ana', [['it', 'sales']]],
      ['ivo', [['it', 'sales']]],
    ]);
    expect(result.options.partition).toBe('given');
    expect(() => cutPoints(graph, { limit: -1 })).toThrow(/limit must be ≥ 0/);
  });

  it('equals the brute force (remove each person and each tie, recompute) on random graphs', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const rng = new Rng(seed);
      const units = Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`p${k}`, `u${rng.int(0, 5)}`]));
      const ties: Array<[string, string]> = [];
      for (let a = 0; a < 40; a++)
        for (let b = a + 1; b < 40; b++) if (rng.chance(0.045)) ties.push([`p${a}`, `p${b}`]);
      const graph = people(units, ties);
      const result = cutPoints(graph, { limit: Infinity });
      const expected = bruteForceSeparations(graph, units);
      const byPerson = Object.fromEntries(result.people.map((p) => [p.person, separatedPairs(p)]));
      expect(byPerson, `seed ${seed}`).toEqual(expected.people);
      const byTie = Object.fromEntries(result.ties.map((t) => [t.people.join(), separatedPairs(t)]));
      expect(byTie, `seed ${seed}`).toEqual(expected.ties);
      for (const p of result.people) expect(p.unitPairs).toBe(byPerson[p.person]!.length);
    }
  });

  it('walks a 100,000-person chain without recursion', () => {
    const n = 100_000;
    const units = Object.fromEntries(
      Array.from({ length: n }, (_, k) => [`p${k}`, `u${Math.floor(k / 10_000)}`]),
    );
    const ties = Array.from({ length: n - 1 }, (_, k) => [`p${k}`, `p${k + 1}`] as [string, string]);
    const result = cutPoints(people(units, ties), { limit: 5 });
    expect(result.articulationPoints).toHaveLength(n - 2);
    expect(result.bridges).toHaveLength(n - 1);
    // units are blocks of 10,000 along the chain: a person in block b cuts every unit before b from every unit
    // after it, so the first and last blocks cut nothing but at their inner ends (p9999, p90000); the worst
    // cut is between blocks 4 and 5 (5 × 5 pairs)
    expect(result.inputs.separatingPeople).toBe(n - 2 - 2 * (10_000 - 2));
    expect(result.people).toHaveLength(5);
    expect(result.people[0]).toMatchObject({ person: 'p49999', unitPairs: 25, peopleCutOff: 49_999 });
  });
});
