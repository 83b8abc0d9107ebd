/**
 * The plan gate: the console only runs what Neo4j's own planner says is a plain read. EXPLAIN the query, then
 * refuse anything but query type `r`, and plans with LOAD CSV, unlisted procedures, commands (SHOW, TERMINATE,
 * schema, administration), CALL { } IN TRANSACTIONS, or an operator on another database — in the operator
 * tree and in the plans Neo4j 5 nests in expressions (COLLECT / EXISTS / COUNT subqueries inside a list or
 * pattern comprehension), which it does not show as operators but prints into the operator's Details.
 */
import type { ProfiledPlan, Plan } from 'neo4j-driver';
import { hasLoadCsv } from './keywords.ts';
import { PROCEDURE_ALLOWLIST, resolvedCalls, unlistedProcedure } from './procedures.ts';

export { PROCEDURE_ALLOWLIST };

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
  const verdict = judgeCalls(operator, String(plan.arguments?.Details ?? ''));
  if (!verdict.ok) return verdict;
  for (const child of plan.children) {
    const childVerdict = judgeOperator(child, database);
    if (!childVerdict.ok) return childVerdict;
  }
  return { ok: true };
}

/** The operator's own procedure call, and the calls and LOAD CSV of plans nested in its expressions. */
function judgeCalls(operator: string, details: string): GateVerdict {
  const called = resolvedCalls(details);
  if (operator === 'ProcedureCall') called.push(/^([A-Za-z0-9_.]+)\s*\(/.exec(details)?.[1] ?? '(unknown)');
  const refused = unlistedProcedure(called);
  if (refused !== undefined) {
    return { ok: false, reason: `procedure ${refused} is not in the console's allowlist` };
  }
  if (hasLoadCsv(details)) return { ok: false, reason: 'LOAD CSV is not allowed' };
  return { ok: true };
}
