/**
 * The nodes and relationships found anywhere in a console result (bare, in lists and maps, in paths), for
 * the explorer to draw. Relationships whose two ends are not in the result are left out: they cannot be drawn.
 * A row's new entities are found first and kept after, so a row cut by the byte cap adds nothing.
 */
import neo4j from 'neo4j-driver';
import { toPlain, type PlainNode, type PlainRelationship } from '../db/values.ts';

export interface GraphPart {
  nodes: Map<string, PlainNode>;
  relationships: Map<string, PlainRelationship>;
}

export class GraphCollector {
  private readonly held: GraphPart = { nodes: new Map(), relationships: new Map() };

  /** The nodes and relationships in the values that the graph does not hold yet. */
  unseen(values: unknown[]): GraphPart {
    const part: GraphPart = { nodes: new Map(), relationships: new Map() };
    values.forEach((value) => this.collect(value, part));
    return part;
  }

  keep(part: GraphPart): void {
    part.nodes.forEach((node, id) => this.held.nodes.set(id, node));
    part.relationships.forEach((relationship, id) => this.held.relationships.set(id, relationship));
  }

  graph(): { nodes: PlainNode[]; relationships: PlainRelationship[] } {
    const relationships = [...this.held.relationships.values()].filter(
      (r) => this.held.nodes.has(r.startElementId) && this.held.nodes.has(r.endElementId),
    );
    return { nodes: [...this.held.nodes.values()], relationships };
  }

  private collect(value: unknown, part: GraphPart): void {
    if (neo4j.isNode(value)) {
      if (!this.held.nodes.has(value.elementId)) part.nodes.set(value.elementId, toPlain(value) as PlainNode);
    } else if (neo4j.isRelationship(value)) {
      if (!this.held.relationships.has(value.elementId)) {
        part.relationships.set(value.elementId, toPlain(value) as PlainRelationship);
      }
    } else if (neo4j.isPath(value)) {
      this.collect(value.start, part);
      for (const segment of value.segments) {
        this.collect(segment.relationship, part);
        this.collect(segment.end, part);
      }
    } else if (Array.isArray(value)) value.forEach((item) => this.collect(item, part));
    else if (value && typeof value === 'object' && !neo4j.isInt(value)) {
      Object.values(value).forEach((item) => this.collect(item, part));
    }
  }
}

/** Bytes of the part as JSON, the way it will appear in the answer. */
export function partBytes(part: GraphPart): number {
  let bytes = 0;
  for (const entity of [...part.nodes.values(), ...part.relationships.values()]) {
    bytes += Buffer.byteLength(JSON.stringify(entity)) + 1;
  }
  return bytes;
}
