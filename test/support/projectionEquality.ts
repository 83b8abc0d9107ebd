/**
 * Plain, order-free pictures of a projection for comparing the new one with the reference: graphs as sorted
 * node and edge lists, dyads and histories sorted by pair with their unordered lists (times, cycle days)
 * sorted, and a deep comparison that holds numbers to 1e-9 (relative past 1).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { expect } from 'vitest';
import type { DerivedGraphs } from '../../server/analytics/projection/loadGraphs.ts';
import type { FeedbackTally } from '../../server/analytics/projection/loadRelationshipFeedback.ts';
import type { DyadRow } from '../../server/analytics/projection/loadMicroDyads.ts';
import type { RelationshipHistory } from '../../server/analytics/projection/loadRelationshipPeriods.ts';

const byKey =
  <T>(key: (item: T) => string) =>
  (x: T, y: T) =>
    key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0;

function graphPicture(graph: AbstractGraph<Attributes, Attributes>) {
  const nodes = graph.mapNodes((id, attributes) => ({ id, ...attributes })).sort(byKey((n) => n.id));
  const edges = graph
    .mapEdges((_edge, attributes, source, target) => {
      const [a, b] = graph.type === 'directed' || source < target ? [source, target] : [target, source];
      return { a, b, ...attributes };
    })
    .sort(byKey((e) => `${e.a}\u0000${e.b}`));
  return { type: graph.type, nodes, edges };
}

export function graphsPicture(graphs: DerivedGraphs) {
  return {
    persons: graphPicture(graphs.persons),
    units: graphPicture(graphs.units),
    initiations: graphPicture(graphs.initiations),
    brmAssignments: graphs.brmAssignments,
  };
}

export function dyadsPicture(dyads: DyadRow[]) {
  return dyads
    .map((d) => ({
      ...d,
      times: [...d.times].sort((x, y) => x - y),
      cycleDays: [...d.cycleDays].sort((x, y) => x - y),
    }))
    .sort(byKey((d) => `${d.a}\u0000${d.b}`));
}

export function feedbackPicture(tallies: FeedbackTally[]) {
  return [...tallies].sort(byKey((t) => JSON.stringify([t.dimension, t.raterUnit, t.about, t.period])));
}

export function historiesPicture(histories: RelationshipHistory[]) {
  return [...histories].sort(byKey((h) => `${h.a}\u0000${h.b}`));
}

/** Deep equality with numbers to 1e-9; the path in the message says where two pictures part. */
export function expectSame(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
    if (!(Math.abs(actual - expected) <= tolerance)) expect.fail(`${path}: ${actual} ≠ ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      expect.fail(
        `${path}: length ${Array.isArray(actual) ? actual.length : 'not an array'} ≠ ${expected.length}`,
      );
    expected.forEach((item, k) => expectSame(actual[k], item, `${path}[${k}]`));
    return;
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object')
      expect.fail(`${path}: ${JSON.stringify(actual)} is not an object`);
    const [a, e] = [actual as Record<string, unknown>, expected as Record<string, unknown>];
    expect(Object.keys(a).sort(), `${path} keys`).toEqual(Object.keys(e).sort());
    for (const key of Object.keys(e)) expectSame(a[key], e[key], `${path}.${key}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}
