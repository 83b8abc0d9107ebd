/**
 * CSV of the nodes or the edges with every attribute as a column (id / source,target first), safe to open in a
 * spreadsheet; encoded by the one CSV encoder the explorer's download uses too (server/schema/csv.ts).
 */
import { toCsv } from '../schema/csv.ts';
import { edgeAttributes, nodeAttributes, type ExportGraph } from './exportGraph.ts';

export function nodesCsv(graph: ExportGraph): string {
  const columns = columnNames(nodeAttributes(graph));
  const rows = graph.mapNodes((node, attributes) => [node, ...columns.map((name) => attributes[name])]);
  return toCsv([['id', ...columns], ...rows]);
}

export function edgesCsv(graph: ExportGraph): string {
  const columns = columnNames(edgeAttributes(graph));
  const rows = graph.mapEdges((_edge, attributes, source, target) => [
    source,
    target,
    ...columns.map((name) => attributes[name]),
  ]);
  return toCsv([['source', 'target', ...columns], ...rows]);
}

function columnNames(entries: Array<Record<string, unknown>>): string[] {
  const names = new Set<string>();
  for (const attributes of entries) for (const name of Object.keys(attributes)) names.add(name);
  return [...names];
}
