/**
 * The loaded graph as CSV (RFC 4180): one file of nodes with every metric, one of ties. Text cells that a
 * spreadsheet would run as a formula are made safe by the server's own rule (spreadsheetSafe).
 */
import { spreadsheetSafe } from '../../server/export/spreadsheetSafe.ts';
import type { GraphAnswer } from '../../server/schema/graph.ts';

type Cell = string | number | null | undefined;

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

export function toCsv(rows: Cell[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = spreadsheetSafe(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
