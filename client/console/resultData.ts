/**
 * A console answer read for display: each cell as short text (a node as `(:Label {name})`, a relationship as
 * `[:TYPE]`, lists and maps as JSON), and the answer's graph as the map's graph answer, so the network map's
 * model, layout and canvas draw it: nodes grouped (coloured) by their first label, ties by type.
 */
import type { GraphAnswer, GraphNode } from '../../server/schema/graph.ts';
import type { CypherAnswer } from '../api/analytics.ts';
import { formatNumber } from '../shell/dom.ts';

type CypherNode = CypherAnswer['graph']['nodes'][number];
type CypherRelationship = CypherAnswer['graph']['relationships'][number];

const SHOWN_CHARS = 160;

function isNode(value: unknown): value is CypherNode {
  return typeof value === 'object' && value !== null && 'elementId' in value && 'labels' in value;
}

function isRelationship(value: unknown): value is CypherRelationship {
  return typeof value === 'object' && value !== null && 'elementId' in value && 'type' in value;
}

/** What a node is called: its name, title or id property, else its labels. */
export function nodeCaption(node: CypherNode): string {
  const { name, title, id } = node.properties;
  const caption = [name, title, id].find((v) => typeof v === 'string' || typeof v === 'number');
  return caption === undefined ? node.labels.join(':') || 'node' : String(caption);
}

export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (isNode(value)) return `(${value.labels.map((l) => `:${l}`).join('')} ${nodeCaption(value)})`;
  if (isRelationship(value)) return `[:${value.type}]`;
  if (Array.isArray(value)) return clip(`[${value.map(formatCell).join(', ')}]`);
  if (typeof value === 'object') return clip(JSON.stringify(value));
  return clip(String(value));
}

/** Why the answer was cut, from the cap the server names (an older server names none: the row cap). */
export function cutBecause(answer: CypherAnswer): string {
  if (answer.truncatedBy === 'bytes') {
    const cap = answer.maxBytes ? ` of ${formatNumber(answer.maxBytes / 1_048_576)} MB` : '';
    return `Cut at the size cap${cap}: the rows shown are the first that fit; the answer was larger.`;
  }
  return `Cut at the row cap of ${answer.limit}: more rows match.`;
}

function clip(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

/** Up to this many nodes are drawn as units (every label shown); more as the person map draws people. */
const LABELLED_UP_TO = 300;

export interface ConsoleGraph {
  answer: GraphAnswer;
  /** The relationship types between two nodes (element ids), in either direction. */
  typesBetween(a: string, b: string): string[];
}

export function graphAnswerOf(graph: CypherAnswer['graph']): ConsoleGraph {
  const level = graph.nodes.length <= LABELLED_UP_TO ? 'unit' : 'person';
  const nodes: GraphNode[] = graph.nodes.map((node) => ({
    id: node.elementId,
    label: nodeCaption(node),
    unit: node.labels[0] ?? '(no label)',
    unitName: node.labels[0] ?? '(no label)',
    unitType: 'department',
    unitKind: 'business',
    community: null,
    metrics: {},
    flags: [],
  }));
  const edges = graph.relationships.map((r) => ({
    source: r.startElementId,
    target: r.endElementId,
    weight: 1,
    engagements: 0,
  }));
  const types = new Map<string, string[]>();
  for (const r of graph.relationships)
    for (const key of [`${r.startElementId}|${r.endElementId}`, `${r.endElementId}|${r.startElementId}`])
      types.set(key, [...(types.get(key) ?? []), r.type]);
  const answer: GraphAnswer = {
    level,
    window: { key: 'console', from: '', to: '' },
    nodes,
    edges,
    page: { offset: 0, limit: nodes.length, totalNodes: nodes.length, truncated: false },
    metrics: [],
    privacy: { minGroupSize: 0, suppressedUnits: 0 },
  };
  return { answer, typesBetween: (a, b) => [...new Set(types.get(`${a}|${b}`) ?? [])] };
}
