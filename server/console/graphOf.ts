/**
 * The nodes and relationships found anywhere in a console result (bare, in lists and maps, in paths), for
 * the explorer to draw. Relationships whose two ends are not in the result are left out: they cannot be drawn.
 */
import neo4j from 'neo4j-driver';
import { toPlain, type PlainNode, type PlainRelationship } from '../db/values.ts';

export class GraphCollector {
  private readonly nodes = new Map<string, PlainNode>();
  private readonly relationships = new Map<string, PlainRelationship>();

  add(value: unknown): void {
    if (neo4j.isNode(value)) this.nodes.set(value.elementId, toPlain(value) as PlainNode);
    else if (neo4j.isRelationship(value)) {
      this.relationships.set(value.elementId, toPlain(value) as PlainRelationship);
    } else if (neo4j.isPath(value)) {
      this.add(value.start);
      for (const segment of value.segments) {
        this.add(segment.relationship);
        this.add(segment.end);
      }
    } else if (Array.isArray(value)) value.forEach((item) => this.add(item));
    else if (value && typeof value === 'object' && !neo4j.isInt(value)) {
      Object.values(value).forEach((item) => this.add(item));
    }
  }

  graph(): { nodes: PlainNode[]; relationships: PlainRelationship[] } {
    const relationships = [...this.relationships.values()].filter(
      (r) => this.nodes.has(r.startElementId) && this.nodes.has(r.endElementId),
    );
    return { nodes: [...this.nodes.values()], relationships };
  }
}
