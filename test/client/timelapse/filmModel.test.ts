/**
 * The time-lapse's film over a large org: twelve frames of 5,000 units with ~25,000 ties each (300,000 ties in
 * all) build into one model, each tie drawn at a width that grows with its weight across the whole film.
 */
import { describe, expect, it } from 'vitest';
import { buildFilm } from '../../../client/timelapse/filmModel.ts';
import type { GraphAnswer } from '../../../server/schema/graph.ts';
import { syntheticAnswer } from '../../support/syntheticGraph.ts';

function frames(units: number): GraphAnswer[] {
  const base = syntheticAnswer({ people: units, seed: 42 });
  return Array.from({ length: 12 }, (_, month) => ({
    ...base,
    level: 'unit' as const,
    edges: base.edges.map((edge) => ({ ...edge, weight: edge.weight * (1 + month / 4) })),
  }));
}

describe('time-lapse film', () => {
  it('builds a film of 12 frames over 5,000 units, widths scaled over all of its ties', () => {
    const film = buildFilm(frames(5_000));
    expect(film.model.nodes).toHaveLength(5_000);
    expect(film.frames).toHaveLength(12);
    const last = film.frames.at(-1)!;
    expect(last.links.length).toBe(last.answer.edges.length);
    const heaviest = last.links.reduce((a, b) => (b.data.weight > a.data.weight ? b : a));
    const lightest = last.links.reduce((a, b) => (b.data.weight < a.data.weight ? b : a));
    expect(heaviest.width).toBeGreaterThan(lightest.width);
    // The first month's ties are lighter than the last's: their widths are scaled against the film's heaviest.
    const first = film.frames[0]!.links.reduce((a, b) => Math.max(a, b.width), 0);
    expect(first).toBeLessThan(heaviest.width);
  });
});
