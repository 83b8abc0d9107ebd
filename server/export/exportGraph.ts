/**
 * What every export format writes: a graphology graph whose node and edge attributes are flat scalars
 * (label, unit, metrics…). The API builds it from the analytics results; the writers only serialise it.
 */
import type { AbstractGraph } from 'graphology-types';

export type ExportValue = string | number | boolean | null;
export type ExportAttributes = Record<string, ExportValue>;
export type ExportGraph = AbstractGraph<ExportAttributes, ExportAttributes>;

export type AttributeType = 'string' | 'double' | 'boolean';

/** The attribute names of nodes or edges with one type each (a name holding mixed types is written as text). */
export function attributeTypes(entries: Iterable<ExportAttributes>): Map<string, AttributeType> {
  const types = new Map<string, AttributeType>();
  for (const attributes of entries) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null) continue;
      const type: AttributeType =
        typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      const known = types.get(name);
      types.set(name, known && known !== type ? 'string' : type);
    }
  }
  return types;
}

export function nodeAttributes(graph: ExportGraph): ExportAttributes[] {
  return graph.mapNodes((_node, attributes) => attributes);
}

export function edgeAttributes(graph: ExportGraph): ExportAttributes[] {
  return graph.mapEdges((_edge, attributes) => attributes);
}
