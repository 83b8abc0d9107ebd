/** The map's force layout, headless (.stop() and .tick(n), as d3-force's own tests do). */
import { describe, expect, it } from 'vitest';
import { createLayout, isSettled, pinNode, tickCap } from '../../../client/map/layout.ts';
import { MainThreadLayout } from '../../../client/map/layoutRunner.ts';
import { buildModel } from '../../../client/map/model.ts';
import type { MapModel } from '../../../client/map/types.ts';
import { syntheticAnswer } from '../../support/syntheticGraph.ts';

function settledModel(people: number, seed = 1): MapModel {
  const model = buildModel(syntheticAnswer({ people, seed }));
  const layout = createLayout({ nodes: model.nodes, links: model.links, level: 'person' });
  layout.tick(tickCap(model.nodes.length));
  expect(isSettled(layout)).toBe(true);
  return model;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('map layout', () => {
  it('gives the same positions for the same answer', () => {
    const first = settledModel(300).nodes.map((n) => [n.x, n.y]);
    const second = settledModel(300).nodes.map((n) => [n.x, n.y]);
    expect(second).toEqual(first);
    expect(first.flat().every(Number.isFinite)).toBe(true);
  });

  it('comes to rest within its tick cap, fewer ticks for larger graphs', () => {
    expect(tickCap(1_000)).toBe(300);
    expect(tickCap(5_000)).toBeLessThan(300);
    expect(tickCap(20_000)).toBeLessThan(tickCap(5_000));
    const model = buildModel(syntheticAnswer({ people: 2_500 }));
    const layout = createLayout({ nodes: model.nodes, links: model.links, level: 'person' });
    layout.tick(tickCap(2_500) - 1);
    expect(isSettled(layout)).toBe(false);
    layout.tick(1);
    expect(isSettled(layout)).toBe(true);
  });

  it('draws tied people closer than untied ones, and a unit closer together than the org', () => {
    const model = settledModel(400);
    const tied = model.links.map((link) => distance(link.source, link.target));
    const nodes = model.nodes;
    const pairs = nodes.slice(0, 200).map((node, i) => distance(node, nodes[(i * 37 + 101) % nodes.length]!));
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean(tied)).toBeLessThan(mean(pairs) / 2);
    const sameUnit = nodes.flatMap((a, i) =>
      nodes
        .slice(i + 1, i + 6)
        .filter((b) => b.data.unit === a.data.unit)
        .map((b) => distance(a, b)),
    );
    expect(mean(sameUnit)).toBeLessThan(mean(pairs) / 2);
  });

  it('never writes to the answer it was built from', () => {
    const answer = syntheticAnswer({ people: 200 });
    const before = JSON.stringify(answer);
    const model = buildModel(answer);
    createLayout({ nodes: model.nodes, links: model.links, level: 'person' }).tick(50);
    expect(JSON.stringify(answer)).toBe(before);
    expect(typeof answer.edges[0]!.source).toBe('string');
  });

  it('keeps a pinned node where it is dragged and the layout warm until it is let go', () => {
    const model = settledModel(200);
    const layout = createLayout({ nodes: model.nodes, links: model.links, level: 'person' });
    layout.tick(tickCap(200));
    const node = model.nodes[0]!;
    pinNode(layout, node, [500, -300]);
    layout.tick(40);
    expect([node.x, node.y]).toEqual([500, -300]);
    expect(isSettled(layout)).toBe(false);
    pinNode(layout, node, null);
    expect(node.fx).toBeNull();
    layout.tick(tickCap(200));
    expect(isSettled(layout)).toBe(true);
  });

  it('lays out on the main thread, as the worker does, when there is no worker', () => {
    const runner = new MainThreadLayout();
    const model = buildModel(syntheticAnswer({ people: 150 }));
    runner.setData({ nodes: model.nodes, links: model.links, level: 'person' }, true);
    let frames = 0;
    while (!runner.settled && frames < 1_000) if (runner.step(performance.now())) frames++;
    expect(runner.settled).toBe(true);
    const reference = settledModel(150).nodes.map((n) => [n.x, n.y]);
    expect(model.nodes.map((n) => [n.x, n.y])).toEqual(reference);
  });
});
