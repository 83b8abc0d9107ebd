/**
 * Procedure calls found by reading Cypher text: `CALL a.b.c(…)` in the analyst's query, wherever it stands
 * (COLLECT / EXISTS / COUNT subqueries, list and pattern comprehensions, CALL { } subqueries), and
 * `ResolvedCall(a.b.c(…)` in a plan's Details, where Neo4j 5 prints the plans nested in expressions.
 */
import { cypherTokens, isKeyword, type CypherToken } from './tokens.ts';

/** Read-only procedures an analyst may call: schema introspection of the graph. */
export const PROCEDURE_ALLOWLIST = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

/** Clause keywords that may follow a variable named `call` (`WITH 1 AS call MATCH …`): not procedure names. */
const CLAUSES = new Set(
  'MATCH OPTIONAL WHERE RETURN WITH UNWIND ORDER SKIP LIMIT OFFSET UNION CALL FINISH FOREACH LOAD'.split(' '),
);

/** The procedures the text calls with CALL (names as written, backticks removed). */
export function calledProcedures(text: string): string[] {
  const tokens = cypherTokens(text);
  return tokens.flatMap((token, at) => {
    if (!isKeyword(token, 'CALL')) return [];
    const name = qualifiedNameAt(tokens, at + 1);
    return name && !(name.parts === 1 && CLAUSES.has(name.text.toUpperCase())) ? [name.text] : [];
  });
}

/** The procedures a plan's Details text shows as resolved calls. */
export function resolvedCalls(details: string): string[] {
  const tokens = cypherTokens(details);
  return tokens.flatMap((token, at) => {
    if (!isKeyword(token, 'RESOLVEDCALL') || tokens[at + 1]?.text !== '(') return [];
    return [qualifiedNameAt(tokens, at + 2)?.text ?? '(unknown)'];
  });
}

/** The first procedure in the list that is not allowed, or undefined. */
export function unlistedProcedure(names: string[]): string | undefined {
  return names.find((name) => !PROCEDURE_ALLOWLIST.has(name));
}

/** A dotted name (`db.stats.retrieve`, `` `db`.`stats` ``) starting at `at`, or undefined. */
function qualifiedNameAt(tokens: CypherToken[], at: number): { text: string; parts: number } | undefined {
  const parts: string[] = [];
  let next = at;
  while (isNamePart(tokens[next])) {
    parts.push(tokens[next]!.text);
    if (tokens[next + 1]?.text !== '.' || !isNamePart(tokens[next + 2])) break;
    next += 2;
  }
  return parts.length ? { text: parts.join('.'), parts: parts.length } : undefined;
}

function isNamePart(token: CypherToken | undefined): boolean {
  return token?.kind === 'word' || token?.kind === 'name';
}
