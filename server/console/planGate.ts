/**
 * The plan gate: the console only runs what Neo4j's own planner says is a plain read. EXPLAIN the query, then
 * refuse anything but query type `r`, and plans with LOAD CSV, unlisted procedures, commands (SHOW, TERMINATE,
 * schema, administration), CALL { } IN TRANSACTIONS, or an operator on another database.
 */
import type { ProfiledPlan, Plan } from 'neo4j-driver';

/** Read-only procedures an analyst may call: schema introspection of the graph. */
export const PROCEDURE_ALLOWLIST = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

const REFUSED_OPERATORS: Array<[RegExp, string]> = [
  [/^LoadCSV$/, 'LOAD CSV is not allowed'],
  [/^Transaction(Foreach|Apply)$/, 'CALL { } IN TRANSACTIONS is not allowed'],
  [/^(Show|Terminate)/, 'SHOW and TERMINATE commands are not allowed'],
  [/^(Create|Drop|Alter|Rename|Grant|Deny|Revoke|Enable|Start|Stop|Administration|DoNothing|Assert|Ensure)/, 'administration and schema commands are not allowed'],
]; // prettier-ignore

export type GateVerdict = { ok: true } | { ok: false; reason: string };

export function judgePlan(queryType: string | undefined, plan: Plan | ProfiledPlan | false): GateVerdict {
  if (queryType !== 'r')
    return { ok: false, reason: `only read-only queries are allowed (query type ${queryType})` };
  if (!plan) return { ok: false, reason: 'Neo4j gave no plan for the query' };
  const [, database] = plan.operatorType.split('@');
  return judgeOperator(plan, database);
}

function judgeOperator(plan: Plan, database: string | undefined): GateVerdict {
  const [operator = '', onDatabase] = plan.operatorType.split('@');
  if (onDatabase !== database || onDatabase === 'system') {
    return { ok: false, reason: 'queries on another database are not allowed' };
  }
  for (const [pattern, reason] of REFUSED_OPERATORS) if (pattern.test(operator)) return { ok: false, reason };
  if (operator === 'ProcedureCall') {
    const name = /^([A-Za-z0-9_.]+)\s*\(/.exec(String(plan.arguments?.Details ?? ''))?.[1];
    if (!name || !PROCEDURE_ALLOWLIST.has(name)) {
      return { ok: false, reason: `procedure ${name ?? '(unknown)'} is not in the console's allowlist` };
    }
  }
  for (const child of plan.children) {
    const verdict = judgeOperator(child, database);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}
