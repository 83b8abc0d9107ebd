/**
 * The write steps of an import in order (referenced elements first), each with its upsert query and the rows
 * of the bundle it sends; the staged variant of a step is cypher/import/staged/<name> (stagedSteps.ts).
 */
import type { Bundle } from '../schema/bundle.ts';
import type { StepName } from './stagedSteps.ts';

export interface Step {
  name: StepName;
  query: string;
  rows: (bundle: Bundle) => unknown[];
}

export const STEPS: Step[] = [
  {
    name: 'units',
    query: 'import/units',
    rows: (b) => b.units.map(({ parentId: _p, ...props }) => ({ id: props.id, type: props.type, props })),
  },
  {
    name: 'unitParents',
    query: 'import/unitParents',
    rows: (b) => b.units.map((u) => ({ id: u.id, parentId: u.parentId ?? null })),
  },
  {
    name: 'people',
    query: 'import/people',
    rows: (b) => b.people.map(({ managerId: _m, ...props }) => ({ id: props.id, props })),
  },
  {
    name: 'managers',
    query: 'import/managers',
    rows: (b) => b.people.map((p) => ({ id: p.id, managerId: p.managerId ?? null })),
  },
  { name: 'memberships', query: 'import/memberships', rows: (b) => b.memberships },
  { name: 'brmAssignments', query: 'import/brmAssignments', rows: (b) => b.brmAssignments },
  { name: 'serves', query: 'import/serves', rows: (b) => b.serves },
  { name: 'domains', query: 'import/domains', rows: (b) => b.domains },
  { name: 'engagements', query: 'import/engagements', rows: (b) => b.engagements.map(engagementParams) },
  { name: 'participants', query: 'import/participants', rows: (b) => b.participants },
  {
    name: 'feedback',
    query: 'import/feedback',
    rows: (b) =>
      b.feedback.map(({ personId, about, at, ...props }) => ({ id: props.id, personId, about, at, props })),
  },
  // Survey answers are (:Person)-[:SAYS]->(:Person), never engagements (server/schema/survey.ts).
  { name: 'surveyTies', query: 'import/surveyTies', rows: (b) => b.surveyTies },
  // Value (server/schema/value.ts): written in the last transaction, after the units they name (stagedSteps.ts).
  { name: 'initiatives', query: 'import/initiatives', rows: (b) => b.initiatives },
  { name: 'benefits', query: 'import/benefits', rows: (b) => b.benefits },
];

function engagementParams(row: Bundle['engagements'][number]) {
  const { at, promisedBy, deliveredAt, ...props } = row;
  return { id: row.id, at, promisedBy: promisedBy ?? null, deliveredAt: deliveredAt ?? null, props };
}
