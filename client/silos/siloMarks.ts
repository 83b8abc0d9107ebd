/**
 * What the silos view marks on the map, from the silos answer: the units it flags as isolated and the single
 * points of failure (a person for analysts; their unit for everyone). The map rings every node with a flag,
 * so a unit holding a single point of failure gets that flag with the API's reason; nothing is computed here.
 */
import type { GraphAnswer, GraphNode } from '../../server/schema/graph.ts';
import type { SilosAnswer } from '../api/analytics.ts';

export type SiloStatus = 'isolated' | 'failure' | 'other';

export interface SiloMarks {
  isolated: Set<string>;
  /** Units whose member is (or whose tie is) a single point of failure, with the reasons. */
  failureUnits: Map<string, string[]>;
  /** People who are single points of failure (analysts only), with the reasons. */
  failurePeople: Map<string, string[]>;
  /** Isolation score of each unit (null: no member active in the window). */
  score: Map<string, number | null>;
}

export const FAILURE_FLAG = 'single-point-of-failure';

export function siloMarks(silos: SilosAnswer): SiloMarks {
  const failureUnits = new Map<string, string[]>();
  const failurePeople = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, reason: string) =>
    map.set(key, [...(map.get(key) ?? []), reason]);
  for (const separation of [...silos.singlePointsOfFailure.people, ...silos.singlePointsOfFailure.ties]) {
    for (const unit of separation.units) add(failureUnits, unit, separation.reason);
    for (const person of separation.people ?? []) add(failurePeople, person.id, separation.reason);
  }
  return {
    isolated: new Set(silos.units.filter((unit) => unit.flagged).map((unit) => unit.id)),
    failureUnits,
    failurePeople,
    score: new Map(silos.units.map((unit) => [unit.id, unit.score])),
  };
}

/** A node's status on the silos map: in (or being) an isolated unit first, then a single point of failure. */
export function siloStatus(node: GraphNode, marks: SiloMarks): SiloStatus {
  if (marks.isolated.has(node.unit)) return 'isolated';
  const person = node.unit !== node.id;
  if (person ? marks.failurePeople.has(node.id) : marks.failureUnits.has(node.id)) return 'failure';
  return 'other';
}

/**
 * The graph answer with the silos answer's marks as flags, so the map's ring shows them: at unit level the
 * units holding a single point of failure, at person level the people (the API flags them already).
 */
export function withSiloFlags(answer: GraphAnswer, marks: SiloMarks): GraphAnswer {
  const nodes = answer.nodes.map((node) => {
    const person = node.unit !== node.id;
    const reasons = (person ? marks.failurePeople : marks.failureUnits).get(node.id) ?? [];
    const missing = reasons.length > 0 && !node.flags.some((flag) => flag.flag === FAILURE_FLAG);
    if (!missing) return node;
    const flags = reasons.map((reason) => ({ flag: FAILURE_FLAG, reason }));
    return { ...node, flags: [...node.flags, ...flags] };
  });
  return { ...answer, nodes };
}
