/**
 * What the console refuses by reading the text, before planning: the checks the plan cannot make (a USE
 * clause, PROFILE/EXPLAIN prefixes) and a second line of defence for what a plan may hide (a procedure call or
 * LOAD CSV inside a COLLECT / EXISTS / COUNT subquery is not a plan operator in Neo4j 5). Comments, strings
 * and quoted names never count (tokens.ts).
 */
import { calledProcedures, unlistedProcedure } from './procedures.ts';
import { cypherTokens, isKeyword } from './tokens.ts';

export function keywordsOf(text: string): Set<string> {
  return new Set(cypherTokens(text).flatMap((t) => (t.kind === 'word' ? [t.text.toUpperCase()] : [])));
}

/** True when the text holds LOAD CSV anywhere (text or a plan's Details). */
export function hasLoadCsv(text: string): boolean {
  const tokens = cypherTokens(text);
  return tokens.some((token, at) => isKeyword(token, 'LOAD') && isKeyword(tokens[at + 1], 'CSV'));
}

/** Why the text is refused before planning, or undefined. */
export function refusedKeyword(text: string): string | undefined {
  const words = keywordsOf(text);
  if (words.has('USE'))
    return 'USE of another database is not allowed (quote a name called use in backticks)';
  if (words.has('PROFILE') || words.has('EXPLAIN')) return 'PROFILE and EXPLAIN are not allowed';
  if (hasLoadCsv(text)) return 'LOAD CSV is not allowed';
  const procedure = unlistedProcedure(calledProcedures(text));
  if (procedure !== undefined) return `procedure ${procedure} is not in the console's allowlist`;
  return undefined;
}
