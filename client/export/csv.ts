/**
 * The loaded graph as CSV: one file of nodes with every metric, one of ties with both ends' labels. Encoded
 * (RFC 4180, formulas defused) by the server's own encoder, server/schema/csv.ts.
 */
import { toCsv } from '../../server/schema/csv.ts';
import type { GraphAnswer } from '../../server/schema/graph.ts';

/** CSV text as a file to download. */
export function csvBlob(text: string): Blob {
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

export function nodesCsv(answer: GraphAnswer): string {
  const header = [
    'id',
    'label',
    'unit',
    'unitName',
    'unitType',
    'unitKind',
    'role',
    'members',
    'community',
    'flags',
    ...answer.metrics,
  ];
  const rows = answer.nodes.map((node) => [
    node.id,
    node.label,
    node.unit,
    node.unitName,
    node.unitType,
    node.unitKind,
    node.role,
    node.members,
    node.community,
    node.flags.map((flag) => `${flag.flag}: ${flag.reason}`).join('; '),
    ...answer.metrics.map((metric) => node.metrics[metric]),
  ]);
  return toCsv([header, ...rows]);
}

export function edgesCsv(answer: GraphAnswer): string {
  const labels = new Map(answer.nodes.map((node) => [node.id, node.label]));
  const header = ['source', 'sourceLabel', 'target', 'targetLabel', 'weight', 'engagements', 'stage'];
  const rows = answer.edges.map((edge) => [
    edge.source,
    labels.get(edge.source),
    edge.target,
    labels.get(edge.target),
    edge.weight,
    edge.engagements,
    edge.stage,
  ]);
  return toCsv([header, ...rows]);
}
