/**
 * Neo4j's reason for a syntax or semantic error, as the console shows it: the first line of the message, no
 * position (said apart) and no echo of the query; what the query put in quotes masked, Cypher's own words kept.
 */
import { describe, expect, it } from 'vitest';
import { neo4jReason } from '../../server/console/errorReason.ts';
import { consoleError } from '../../server/console/neo4jErrors.ts';
import { TrellisError } from '../../server/errors.ts';

const SYNTAX =
  "Invalid input 'secretName': expected an expression, ')', ',' or 'ORDER BY' (line 1, column 10 (offset: 9))\n" +
  '"MATCH (n RETURN secretName"\n          ^';

describe('neo4jReason', () => {
  it('keeps what Neo4j expected and masks the input it quotes', () => {
    expect(neo4jReason(SYNTAX)).toBe("Invalid input '…': expected an expression, ')', ',' or 'ORDER BY'");
  });

  it('masks a variable name in backticks and a string in double quotes', () => {
    expect(neo4jReason('Variable `alice` not defined (line 1, column 8 (offset: 7))\n"RETURN alice"')).toBe(
      'Variable `…` not defined',
    );
    expect(neo4jReason('Invalid input "p-0001 secret": expected \'RETURN\'')).toBe(
      'Invalid input "…": expected \'RETURN\'',
    );
  });

  it('keeps a keyword the query misplaced, and cuts a long reason', () => {
    expect(neo4jReason("Invalid input 'RETURN': expected ')'")).toBe("Invalid input 'RETURN': expected ')'");
    expect(neo4jReason(`Invalid input: ${'x'.repeat(1000)}`).length).toBe(400);
  });
});

describe('consoleError', () => {
  it('puts the reason beside the position for a syntax error, and none for other errors', () => {
    const syntax = consoleError(
      Object.assign(new Error(SYNTAX), { code: 'Neo.ClientError.Statement.SyntaxError' }),
    ) as TrellisError;
    expect(syntax.message).toBe(
      "Neo4j could not run the query (syntax error at line 1, column 10). Neo4j says: Invalid input '…': expected an expression, ')', ',' or 'ORDER BY'.",
    );
    const other = consoleError(
      Object.assign(new Error("Unknown thing 'secret' (line 1, column 1)"), {
        code: 'Neo.ClientError.Statement.EntityNotFound',
      }),
    ) as TrellisError;
    expect(other.message).not.toContain('says');
    expect(other.message).not.toContain('secret');
  });
});
