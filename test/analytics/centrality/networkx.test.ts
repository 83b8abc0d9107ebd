/** Every centrality against NetworkX 3.6 reference values on the classic networks, to 1e-6. */
import { describe, expect, it } from 'vitest';
import {
  betweenness,
  degree,
  eigenvector,
  harmonicCloseness,
  pagerank,
  strength,
  type NodeValues,
} from '../../../server/analytics/centrality/index.ts';
import { CLASSIC_NAMES, fixtureGraph, loadFixture } from './classicGraphs.ts';

function expectClose(actual: NodeValues, expected: NodeValues | undefined, tolerance = 1e-6): void {
  expect(expected).toBeDefined();
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected!).sort());
  for (const [node, value] of Object.entries(expected!)) {
    expect(Math.abs(actual[node]! - value), `${node}: ${actual[node]} vs ${value}`).toBeLessThan(tolerance);
  }
}

describe.each(CLASSIC_NAMES)('centrality on %s matches NetworkX', (name) => {
  const fixture = loadFixture(name);
  const graph = fixtureGraph(fixture);
  const { expected } = fixture;
  const iteration = (o: { max_iter: number; tol: number }) => ({
    maxIterations: o.max_iter,
    tolerance: o.tol,
  });

  it('degree, normalised degree and strength', () => {
    expectClose(degree(graph).values, expected.degree);
    expectClose(degree(graph, { normalised: true }).values, expected.degreeCentrality);
    expectClose(strength(graph).values, expected.strength);
  });

  it('betweenness, unweighted, normalised and not', async () => {
    expectClose((await betweenness(graph, { weighted: false })).values, expected.betweenness);
    const raw = await betweenness(graph, { weighted: false, normalised: false });
    expectClose(raw.values, expected.betweennessRaw);
  });

  it('betweenness, weighted with distance = 1 / weight', async () => {
    const result = await betweenness(graph);
    expect(result.options).toEqual({ weighted: true, normalised: true });
    expectClose(result.values, expected.betweennessWeighted);
  });

  it('betweenness in worker threads equals NetworkX too', async () => {
    const result = await betweenness(graph, { workers: 2 });
    expect(result.inputs.workers).toBe(2);
    expectClose(result.values, expected.betweennessWeighted);
  });

  it('harmonic closeness, unweighted and weighted', async () => {
    expectClose((await harmonicCloseness(graph, { weighted: false })).values, expected.harmonic);
    expectClose((await harmonicCloseness(graph, { workers: 2 })).values, expected.harmonicWeighted);
  });

  it('eigenvector centrality (weighted)', () => {
    const result = eigenvector(graph, iteration(fixture.options.eigenvector));
    expect(result.converged).toBe(true);
    expectClose(result.values, expected.eigenvector);
  });

  it('PageRank, weighted and personalised', () => {
    const options = { alpha: fixture.options.pagerank.alpha, ...iteration(fixture.options.pagerank) };
    const plain = pagerank(graph, options);
    expect(plain.converged).toBe(true);
    expectClose(plain.values, expected.pagerank);
    const personalised = pagerank(graph, { ...options, prior: expected.prior });
    expect(personalised.options.personalised).toBe(true);
    expectClose(personalised.values, expected.pagerankPersonalised);
  });
});

describe('the Florentine isolate (the Pucci)', () => {
  const graph = fixtureGraph(loadFixture('florentine'));

  it('is a dangling node for PageRank and has zero closeness and betweenness', async () => {
    expect(pagerank(graph).inputs.danglingNodes).toBe(1);
    expect((await harmonicCloseness(graph)).values.Pucci).toBe(0);
    expect((await harmonicCloseness(graph)).inputs.reached.Pucci).toBe(0);
    expect((await betweenness(graph)).values.Pucci).toBe(0);
  });
});
