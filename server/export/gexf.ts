/**
 * GEXF 1.3 (Gephi's own format), written by graphology-gexf: node labels from the `label` attribute, every
 * other attribute as a typed attvalue, edge weights from `weight`.
 */
import gexf from 'graphology-gexf';
import type { ExportGraph } from './exportGraph.ts';

export function toGexf(graph: ExportGraph): string {
  return gexf.write(graph, {
    version: '1.3',
    pretty: false,
    formatNode: (_key: string, attributes: Record<string, unknown>) => {
      const { label, ...rest } = attributes;
      return {
        label: label === undefined || label === null ? undefined : String(label),
        attributes: withoutNulls(rest),
      };
    },
    formatEdge: (_key: string, attributes: Record<string, unknown>) => {
      const { weight, ...rest } = attributes;
      return { weight: typeof weight === 'number' ? weight : undefined, attributes: withoutNulls(rest) };
    },
  });
}

function withoutNulls(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes).filter(([, value]) => value !== null && value !== undefined),
  );
}
