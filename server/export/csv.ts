/**
 * CSV of the nodes or the edges with every attribute as a column (id / source,target first), safe to open in a
 * spreadsheet.
 */
import { stringify } from 'csv-stringify/sync';
import { edgeAttributes, nodeAttributes, type ExportGraph } from './exportGraph.ts';
import { spreadsheetSafe } from './spreadsheetSafe.ts';

export function nodesCsv(graph: ExportGraph): string {
  const columns = columnNames(nodeAttributes(graph));
  const rows = graph.mapNodes((node, attributes) => [node, ...columns.map((name) => cell(attributes[name]))]);
  return stringify([['id', ...columns], ...rows]);
}

export function edgesCsv(graph: ExportGraph): string {
  const columns = columnNames(edgeAttributes(graph));
  const rows = graph.mapEdges((_edge, attributes, source, target) => [
    source,
    target,
    ...columns.map((name) => cell(attributes[name])),
  ]);
  return stringify([['source', 'target', ...columns], ...rows]);
}

function columnNames(entries: Array<Record<string, unknown>>): string[] {
  const names = new Set<string>();
  for (const attributes of entries) for (const name of Object.keys(attributes)) names.add(name);
  return [...names];
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? spreadsheetSafe(value) : String(value); // numbers stay numbers
}
