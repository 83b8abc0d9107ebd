/**
 * The time-lapse's data: one model over the union of every frame's units and ties (laid out once, so nothing
 * jumps from frame to frame), and each frame's ties on those same nodes. A unit's size is its engagements with
 * other units in the frame, on one scale for the whole film, so growth shows as growth.
 */
import type { GraphAnswer, GraphEdge } from '../../server/schema/graph.ts';
import { buildModel } from '../map/model.ts';
import type { MapLink, MapModel, MapNode } from '../map/types.ts';
import { edgeWidthScale, radiusScale, STAGE_COLOURS, UNIT_KIND_COLOURS } from '../theme.ts';
import { TIE_GREY } from '../map/encodings.ts';

export interface FilmFrame {
  answer: GraphAnswer;
  links: MapLink[];
  /** Each unit's engagements with other units in this frame. */
  engagements: Map<MapNode, number>;
}

export interface Film {
  model: MapModel;
  frames: FilmFrame[];
  radius(engagements: number): number;
}

export function buildFilm(answers: GraphAnswer[]): Film {
  const model = buildModel(unionOf(answers));
  const maxWeight = largest(
    answers.flatMap((a) => a.edges.map((edge) => edge.weight)),
    1e-9,
  );
  const width = edgeWidthScale([0, maxWeight]);
  const frames = answers.map((answer) => frameOf(answer, model, width));
  const most = largest(
    frames.flatMap((frame) => [...frame.engagements.values()]),
    1,
  );
  const radius = radiusScale([0, most], 'unit');
  for (const node of model.nodes) {
    // The layout keeps room for a unit at its largest.
    node.radius = radius(Math.max(0, ...frames.map((frame) => frame.engagements.get(node) ?? 0)));
    node.colour = UNIT_KIND_COLOURS[node.data.unitKind];
  }
  return { model, frames, radius: (value) => radius(value) };
}

/** Every unit of any frame (the newest data of each) and every tie, its strength summed over the frames. */
function unionOf(answers: GraphAnswer[]): GraphAnswer {
  const nodes = new Map(answers.flatMap((answer) => answer.nodes.map((node) => [node.id, node] as const)));
  const edges = new Map<string, GraphEdge>();
  for (const edge of answers.flatMap((answer) => answer.edges)) {
    const key = `${edge.source}\u0000${edge.target}`;
    const seen = edges.get(key);
    edges.set(key, seen ? { ...seen, weight: seen.weight + edge.weight } : { ...edge });
  }
  const last = answers[answers.length - 1]!;
  return { ...last, nodes: [...nodes.values()], edges: [...edges.values()] };
}

function frameOf(answer: GraphAnswer, model: MapModel, width: (weight: number) => number): FilmFrame {
  const links: MapLink[] = [];
  const engagements = new Map<MapNode, number>();
  for (const edge of answer.edges) {
    const source = model.byId.get(edge.source);
    const target = model.byId.get(edge.target);
    if (!source || !target || source === target) continue;
    const colour = edge.stage ? STAGE_COLOURS[edge.stage] : TIE_GREY;
    links.push({ source, target, data: edge, width: width(edge.weight), colour });
    for (const node of [source, target])
      engagements.set(node, (engagements.get(node) ?? 0) + edge.engagements);
  }
  return { answer, links, engagements };
}

/**
 * The largest value, at least `floor`. A loop, not Math.max(...values): a film of 5,000 units holds hundreds of
 * thousands of ties, past what a spread may pass as arguments (RangeError: call stack size exceeded).
 */
function largest(values: readonly number[], floor: number): number {
  let most = floor;
  for (const value of values) if (value > most) most = value;
  return most;
}
