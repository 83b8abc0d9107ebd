/**
 * Neo4j's own reason for refusing a console query's text, fit to show: the first line of its message without
 * the position (said apart) and without the echo of the query that follows, every quoted fragment that is not a
 * Cypher keyword or punctuation masked as '…' (an identifier, a string or a number may hold what the analyst
 * would not have in a log or a screenshot: a name, a token), and cut to a readable length.
 */
const MAX_LENGTH = 400;

/** Words Neo4j quotes when it says what it expected; anything else quoted came from the query. */
const GRAMMAR = new Set(
  (
    'ALL AND ANY AS ASC ASCENDING BY CALL CASE COLLECT CONTAINS COUNT CREATE DELETE DESC DESCENDING DETACH ' +
    'DISTINCT ELSE END ENDS EXISTS FALSE FINISH FOREACH FROM IN INF INFINITY IS LIMIT LOAD MATCH MERGE NAN ' +
    'NONE NOT NULL ON OPTIONAL OR ORDER REMOVE RETURN SET SHORTESTPATH ALLSHORTESTPATHS SINGLE SKIP OFFSET ' +
    'STARTS THEN TRUE UNION UNWIND USE WHEN WHERE WITH XOR YIELD REDUCE FILTER EXTRACT NODES RELATIONSHIPS ' +
    'SHORTEST PATH PATHS GROUP GROUPS KEEP REPEATABLE DIFFERENT ELEMENT ELEMENTS NEXT LET ACYCLIC ' +
    'TRAIL WALK SHOW TERMINATE TRANSACTIONS IDENTIFIER AN EXPRESSION'
  ).split(' '),
);

const QUOTED = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`([^`]*)`/g;

export function neo4jReason(message: string | undefined): string {
  const firstLine = (message ?? '').split('\n')[0] ?? '';
  const withoutPosition = firstLine
    .replace(/\s*\(line \d+, column \d+(?: \(offset: \d+\))?\)\s*/g, ' ')
    .trim();
  const masked = withoutPosition.replace(QUOTED, (whole, single?: string, double?: string, back?: string) => {
    const inner = single ?? double ?? back ?? '';
    return isGrammar(inner) ? whole : `${whole[0]}…${whole[whole.length - 1]}`;
  });
  return masked.length > MAX_LENGTH ? `${masked.slice(0, MAX_LENGTH - 1)}…` : masked;
}

function isGrammar(fragment: string): boolean {
  if (/^[^\p{L}\p{N}]{1,3}$/u.test(fragment)) return true; // punctuation: ')', ',', '=~', '..'
  return fragment
    .split(/\s+/)
    .every((word) => GRAMMAR.has(word.toUpperCase()) && word === word.toUpperCase());
}
