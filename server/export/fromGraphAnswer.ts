/**
 * The explorer's graph answer (server/schema/graph.ts) as an ExportGraph for the writers: one node per answer
 * node with its fields and every metric as flat attributes, one edge per answer edge with its strength. The
 * export therefore holds exactly what the caller may see in the explorer — the privacy floor was applied
 * when the answer was made.
 */
import { UndirectedGraph } from 'graphology';
import type { GraphAnswer, GraphEdge, GraphNode } from '../schema/graph.ts';
import type { ExportAttributes, ExportGraph } from './exportGraph.ts';

/** Names the node attributes take, and the CSV columns the writers add: a metric of the same name is prefixed. */
const RESERVED = new Set([
  'id',
  'source',
  'target',
  'label',
  'unit',
  'unitName',
  'unitType',
  'unitKind',
  'role',
  'members',
  'community',
  'flags',
]);

export function exportGraphOf(answer: GraphAnswer): ExportGraph {
  const graph: ExportGraph = new UndirectedGraph<ExportAttributes, ExportAttributes>();
  for (const node of answer.nodes) graph.addNode(node.id, nodeAttributes(node));
  answer.edges.forEach((edge, index) => {
    // The answer holds the edges within its page only; one reaching past it has no node to attach to.
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target))
      graph.addEdgeWithKey(`e${index}`, edge.source, edge.target, edgeAttributes(edge));
  });
  return graph;
}

export function metricAttributeName(metric: string): string {
  return RESERVED.has(metric) ? `metric_${metric}` : metric;
}

function nodeAttributes(node: GraphNode): ExportAttributes {
  const attributes: ExportAttributes = {
    label: node.label,
    unit: node.unit,
    unitName: node.unitName,
    unitType: node.unitType,
    unitKind: node.unitKind,
  };
  if (node.role !== undefined) attributes.role = node.role;
  if (node.members !== undefined) attributes.members = node.members;
  attributes.community = node.community;
  attributes.flags = node.flags.map((flag) => flag.flag).join('|');
  for (const [metric, value] of Object.entries(node.metrics)) attributes[metricAttributeName(metric)] = value;
  return attributes;
}

function edgeAttributes(edge: GraphEdge): ExportAttributes {
  const attributes: ExportAttributes = { weight: edge.weight, engagements: edge.engagements };
  if (edge.stage !== undefined) attributes.stage = edge.stage;
  return attributes;
}

export type ExportFormat = 'graphml' | 'gexf' | 'nodes.csv' | 'edges.csv';

/**
 * `trellis-unit-2026-01-01-to-2026-04-01.graphml`, `trellis-person-nodes-….csv`: level, window, what; the
 * survey network's files say `survey` (`trellis-survey-unit-…`), so the two networks' files never overwrite
 * or pass for each other.
 */
export function exportFileName(answer: GraphAnswer, format: ExportFormat): string {
  const day = (iso: string) => iso.slice(0, 10).replace(/[^0-9-]/g, '');
  const window = `${day(answer.window.from)}-to-${day(answer.window.to)}`;
  const [what, extension] = format.includes('.') ? format.split('.') : [undefined, format];
  const survey = answer.network === 'survey' ? 'survey' : undefined;
  return ['trellis', survey, answer.level, what, window].filter(Boolean).join('-') + `.${extension}`;
}
