/**
 * Which nodes and ties of the map the what-if answer marks, found by id in the map's model; nothing is
 * computed. Unit level: the unit ties the answer says would be cut, the units newly isolated, the units
 * leaving. Person level: every tie of the people leaving, the members of units newly isolated, the people who
 * would carry the load (their betweenness rises most), the people leaving.
 */
import type { MapLink, MapModel, MapNode } from '../map/types.ts';
import type { WhatIfAnswer } from './request.ts';

export interface CutTie {
  a: MapNode;
  b: MapNode;
  /** The tie as drawn (screen pixels), 0 when the map does not draw it (outside the backbone). */
  width: number;
}

export interface WhatIfMarks {
  cut: CutTie[];
  isolated: MapNode[];
  load: MapNode[];
  leaving: MapNode[];
}

export function whatIfMarks(answer: WhatIfAnswer, model: MapModel): WhatIfMarks {
  const nodes = (ids: Iterable<string>) =>
    [...ids].map((id) => model.byId.get(id)).filter((node): node is MapNode => node !== undefined);
  const drawn = drawnWidths(model.links);
  const newlyIsolated = new Set(
    answer.units.filter((u) => u.isolated.after && !u.isolated.before).map((u) => u.id),
  );
  if (model.answer.level === 'unit') {
    const cut = answer.cutTies.flatMap(({ units: [x, y] }) => {
      const [a, b] = [model.byId.get(x), model.byId.get(y)];
      return a && b ? [{ a, b, width: drawn.get(pairKey(x, y)) ?? 0 }] : [];
    });
    return {
      cut,
      isolated: nodes(newlyIsolated),
      load: [],
      leaving: nodes(answer.removed.units.map((u) => u.id)),
    };
  }
  const leaving = new Set((answer.removed.people ?? []).map((p) => p.id));
  const cut = model.allLinks
    .filter((link) => leaving.has(link.source.id) || leaving.has(link.target.id))
    .map((link) => ({
      a: link.source,
      b: link.target,
      width: drawn.get(pairKey(link.source.id, link.target.id)) ?? 0,
    }));
  return {
    cut,
    isolated: model.nodes.filter((node) => newlyIsolated.has(node.data.unit) && !leaving.has(node.id)),
    load: nodes((answer.betweenness ?? []).map((p) => p.id)),
    leaving: nodes(leaving),
  };
}

function drawnWidths(links: MapLink[]): Map<string, number> {
  return new Map(links.map((link) => [pairKey(link.source.id, link.target.id), link.width]));
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
