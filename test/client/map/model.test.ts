/** A new answer keeps the nodes (and places) of the old one; what left fades out, what came fades in. */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../client/map/model.ts';
import { advanceFades, FADE_MS, startFades } from '../../../client/map/transition.ts';
import type { GraphAnswer } from '../../../server/schema/graph.ts';
import { syntheticAnswer } from '../../support/syntheticGraph.ts';

/** The answer without the given nodes and their edges (another window, as the API would give it). */
function without(answer: GraphAnswer, ids: Set<string>): GraphAnswer {
  return {
    ...answer,
    nodes: answer.nodes.filter((n) => !ids.has(n.id)),
    edges: answer.edges.filter((e) => !ids.has(e.source) && !ids.has(e.target)),
  };
}

describe('map model', () => {
  it('links node objects, not ids, and places every node', () => {
    const model = buildModel(syntheticAnswer({ people: 120 }));
    expect(model.links.length).toBe(model.answer.edges.length);
    for (const link of model.links) {
      expect(model.byId.get(link.source.id)).toBe(link.source);
      expect(model.ties.get(link.target)).toContain(link);
    }
    expect(model.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    const strengths = model.ties.get(model.nodes[0]!)!.map((l) => l.data.weight);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });

  it('keeps the objects and positions of nodes that stay, and places newcomers beside a neighbour', () => {
    const full = syntheticAnswer({ people: 120 });
    const gone = new Set(full.nodes.slice(0, 10).map((n) => n.id));
    const first = buildModel(without(full, gone));
    first.nodes.forEach((node, i) => ((node.x = i * 10), (node.y = -i)));
    const second = buildModel(full, first);
    for (const node of first.nodes) expect(second.byId.get(node.id)).toBe(node);
    expect(second.nodes.filter((n) => gone.has(n.id)).every((n) => Number.isFinite(n.x))).toBe(true);
    const newcomer = second.nodes.find((n) => gone.has(n.id) && second.ties.get(n)!.length > 0)!;
    const neighbours = second.ties.get(newcomer)!.map((l) => (l.source === newcomer ? l.target : l.source));
    const nearest = Math.min(...neighbours.map((m) => Math.hypot(m.x - newcomer.x, m.y - newcomer.y)));
    expect(nearest).toBeLessThan(40);
  });

  it('fades newcomers in and leavers out, then drops the leavers', () => {
    const full = syntheticAnswer({ people: 80 });
    const gone = new Set(full.nodes.slice(0, 5).map((n) => n.id));
    const first = buildModel(full);
    const second = buildModel(without(full, gone), first);
    expect(second.leaving.map((n) => n.id).sort()).toEqual([...gone].sort());
    expect(second.leavingLinks.length).toBeGreaterThan(0);
    startFades(second, first, 0);
    expect(second.leaving.every((n) => n.opacity === 1)).toBe(true);
    expect(advanceFades(second, FADE_MS / 2)).toBe(true);
    expect(second.leaving.every((n) => n.opacity > 0 && n.opacity < 1)).toBe(true);
    expect(advanceFades(second, FADE_MS)).toBe(false);
    expect(second.leaving).toEqual([]);
    expect(second.leavingLinks).toEqual([]);
    const third = buildModel(full, second);
    startFades(third, second, 0);
    const back = third.nodes.filter((n) => gone.has(n.id));
    expect(back.every((n) => n.opacity === 0 && n.fade?.to === 1)).toBe(true);
    expect(third.nodes.filter((n) => !gone.has(n.id)).every((n) => n.opacity === 1)).toBe(true);
  });
});
