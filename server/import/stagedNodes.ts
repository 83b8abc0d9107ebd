/**
 * The nodes an import staged, by kind and import id, with their element ids: a relationship step whose ends
 * were all staged by this import finds them by element id (NodeByElementIdSeek, a direct read of the node)
 * in cypher/import/staged/byId, instead of an index seek over two labels (`Person|StagedPerson`) — about half
 * the time of the participants step of `m` (scratch measurement, issue 13 item 6). A row with an end that
 * existed before the import, or one this import did not stage, goes through the query over both labels.
 */
import type { StepName } from './stagedSteps.ts';

type NodeKind = 'units' | 'people' | 'engagements';

/** Import id → element id of every node this import staged, per kind a relationship can reach. */
export type StagedNodes = Record<NodeKind, Map<string, string>>;

/** The node steps whose staged query returns `nodes: [[id, elementId]]`. */
const NODE_KINDS: Partial<Record<StepName, NodeKind>> = {
  units: 'units',
  people: 'people',
  engagements: 'engagements',
};

/** Each relationship step's reference fields and the kind of node each names (a field may hold a list). */
const ENDS: Partial<Record<StepName, Record<string, NodeKind>>> = {
  unitParents: { id: 'units', parentId: 'units' },
  managers: { id: 'people', managerId: 'people' },
  memberships: { personId: 'people', unitId: 'units' },
  brmAssignments: { personId: 'people', departmentId: 'units' },
  serves: { providerId: 'units', departmentId: 'units' },
  participants: { personId: 'people', engagementId: 'engagements' },
  feedback: { personId: 'people', about: 'units' },
  surveyTies: { personId: 'people', alterId: 'people' },
};

export function noStagedNodes(): StagedNodes {
  return { units: new Map(), people: new Map(), engagements: new Map() };
}

/** Keeps the element ids a node step's staged batch returned. */
export function recordStaged(
  nodes: StagedNodes,
  step: StepName,
  written: Array<Record<string, unknown>>,
): void {
  const kind = NODE_KINDS[step];
  if (!kind) return;
  for (const row of written)
    for (const [id, elementId] of (row.nodes ?? []) as Array<[string, string]>)
      nodes[kind].set(id, elementId);
}

/**
 * Splits a staged batch: rows whose ends this import all staged, each with `node` — its reference fields
 * mapped to element ids (a list deduplicated, as the MERGE of the query over both labels would) — for
 * cypher/import/staged/byId/<step>; the other rows as they were.
 */
export function splitByElementId(
  nodes: StagedNodes,
  step: StepName,
  rows: unknown[],
): { byId: unknown[]; other: unknown[] } {
  const ends = ENDS[step];
  if (!ends) return { byId: [], other: rows };
  const byId: unknown[] = [];
  const other: unknown[] = [];
  for (const row of rows as Array<Record<string, unknown>>) {
    const node = elementIds(nodes, ends, row);
    if (node) byId.push({ ...row, node });
    else other.push(row);
  }
  return { byId, other };
}

function elementIds(
  nodes: StagedNodes,
  ends: Record<string, NodeKind>,
  row: Record<string, unknown>,
): Record<string, string | string[]> | undefined {
  const node: Record<string, string | string[]> = {};
  for (const [field, kind] of Object.entries(ends)) {
    const value = row[field];
    const ids = Array.isArray(value) ? [...new Set(value as string[])] : [value as string];
    const found = ids.map((id) => nodes[kind].get(id));
    if (found.some((elementId) => elementId === undefined)) return undefined;
    node[field] = Array.isArray(value) ? (found as string[]) : (found[0] as string);
  }
  return node;
}

/** The byId variant of a step's staged query, when it has one. */
export function byIdQuery(step: StepName): string | undefined {
  return ENDS[step] ? `import/staged/byId/${step}` : undefined;
}
