/** The map's objects: nodes and links the simulation moves, and the model holding one answer's worth. */
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import type { GraphAnswer, GraphEdge, GraphNode } from '../../server/schema/graph.ts';

export interface MapNode extends SimulationNodeDatum {
  id: string;
  data: GraphNode;
  x: number;
  y: number;
  /** Set by the encodings (encodings.ts). */
  radius: number;
  colour: string;
  /** 0…1; below 1 while fading in or out (transition.ts). */
  opacity: number;
  fade: Fade | null;
}

export interface MapLink extends SimulationLinkDatum<MapNode> {
  source: MapNode;
  target: MapNode;
  data: GraphEdge;
  /** Screen pixels and colour, set by the encodings. */
  width: number;
  colour: string;
}

export interface Fade {
  from: number;
  to: number;
  start: number;
  duration: number;
}

export interface MapModel {
  answer: GraphAnswer;
  nodes: MapNode[];
  /** The ties drawn and laid out: the backbone, or all of them (`allLinks`) when asked. */
  links: MapLink[];
  /** Every tie of the answer. */
  allLinks: MapLink[];
  byId: Map<string, MapNode>;
  /** Each node's links (all of them, backbone or not), strongest first. */
  ties: Map<MapNode, MapLink[]>;
  /** Nodes of the previous answer that are fading out (not in the simulation). */
  leaving: MapNode[];
  leavingLinks: MapLink[];
}

/** The node at the other end of a link. */
export function otherEnd(link: MapLink, node: MapNode): MapNode {
  return link.source === node ? link.target : link.source;
}
