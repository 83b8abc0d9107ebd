/**
 * Neo4j's answers to a console query, as Trellis errors with a stable code and the Neo4j code beside it.
 * Neo4j's message text is not passed on whole (it quotes the query): the position of a syntax or semantic error
 * is, and beside it Neo4j's own reason with the quoted parts of the query masked (errorReason.ts).
 */
import { TrellisError, type ErrorCode } from '../errors.ts';
import { neo4jReason } from './errorReason.ts';

const BY_CODE: Array<[RegExp, ErrorCode]> = [
  [/^Neo\.ClientError\.Statement\.AccessMode$/, 'write_refused'],
  [/^Neo\.ClientError\.Transaction\.TransactionTimedOut/, 'query_timeout'],
  [/^Neo\.ClientError\.Transaction\.(Terminated|LockClientStopped)$/, 'query_timeout'],
  [/MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemory/, 'query_memory_limit'],
  [/^Neo\.ClientError\.Security\./, 'query_refused'],
  [/^Neo\.ClientError\.Procedure\./, 'query_refused'],
  [/^Neo\.ClientError\./, 'query_invalid'],
];

const DETAIL: Partial<Record<ErrorCode, string>> = {
  write_refused: 'Neo4j refused a write: console queries run in a read transaction.',
  query_timeout: 'The query was stopped at the console time limit.',
  query_memory_limit: 'The query was stopped at the transaction memory limit.',
  query_refused: 'Neo4j refused the query.',
};

const UNPLANNABLE = 'Neo4j could not plan the query; check that every comment, string and bracket is closed.';

/**
 * A TrellisError for a Neo4j error with a known meaning; other errors come back unchanged. `lineShift`: lines
 * Trellis put before the analyst's text (the EXPLAIN of the plan gate; > 0 only while planning).
 */
export function consoleError(error: unknown, lineShift = 0): unknown {
  if (error instanceof TrellisError) return error;
  const neo4jCode = (error as { code?: unknown })?.code;
  if (typeof neo4jCode !== 'string') return error;
  if (lineShift > 0 && /^Neo\.DatabaseError\./.test(neo4jCode)) {
    // Planning runs nothing, so a database error there comes from the text (e.g. an unclosed /* comment).
    return new TrellisError('query_invalid', UNPLANNABLE, { neo4jCode });
  }
  const code = BY_CODE.find(([pattern]) => pattern.test(neo4jCode))?.[1];
  if (!code) return error;
  const message = (error as Error).message;
  const detail =
    DETAIL[code] ??
    `Neo4j could not run the query${position(message, lineShift)}.${reason(neo4jCode, message)}`;
  // Neo4j's own timeout: while planning (the gate's EXPLAIN) or running on a worker (deadline.ts's stages).
  const stage = code === 'query_timeout' ? (lineShift > 0 ? 'planning' : 'running') : undefined;
  return new TrellisError(code, detail, { neo4jCode, stage });
}

/** " Neo4j says: …" for an error about the query's text (syntax, variables, types), else nothing. */
function reason(neo4jCode: string, message: string): string {
  if (!/^Neo\.ClientError\.Statement\.(SyntaxError|SemanticError)$/.test(neo4jCode)) return '';
  const said = neo4jReason(message);
  return said ? ` Neo4j says: ${said.replace(/\.?$/, '.')}` : '';
}

/** " at line L, column C" from Neo4j's message, if it names one. */
function position(message: string, lineShift: number): string {
  const match = /\(line (\d+), column (\d+)/.exec(message ?? '');
  if (!match) return '';
  const line = Math.max(1, Number(match[1]) - lineShift);
  return ` (${kind(message)} at line ${line}, column ${match[2]})`;
}

function kind(message: string): string {
  return /^Invalid input|^Expected|mismatched/i.test(message) ? 'syntax error' : 'error';
}
