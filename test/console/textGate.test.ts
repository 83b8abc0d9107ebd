/**
 * The console's text checks (server/console/keywords.ts, procedures.ts): a procedure call or LOAD CSV is
 * found wherever it stands in the query — nested subqueries, comprehensions, odd spacing, quoted name parts —
 * and never in strings, comments or parameters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refusedKeyword } from '../../server/console/keywords.ts';
import { calledProcedures, resolvedCalls } from '../../server/console/procedures.ts';

const STATS = "db.stats.retrieve('QUERIES') YIELD data RETURN data";

describe('procedure calls in the text', () => {
  it.each([
    ['collect in a list comprehension', `RETURN [x IN [1] | COLLECT { CALL ${STATS} }] AS r`],
    ['exists', `RETURN EXISTS { CALL ${STATS} } AS r`],
    ['count', `RETURN COUNT { CALL ${STATS} } AS r`],
    ['pattern comprehension', `MATCH (n) RETURN [(n)-->(m) WHERE COUNT { CALL ${STATS} } > 0 | m] AS r`],
    ['nested twice', `RETURN [x IN [1] | [y IN [2] | COLLECT { CALL ${STATS} }]] AS r`],
    ['call subquery', `CALL { CALL ${STATS} } RETURN data`],
    ['comment between', "CALL /* x */ db . stats\n.retrieve('QUERIES')"],
    ['quoted parts', "CALL `db`.`stats`.`retrieve`('QUERIES')"],
    ['lower case', "call db.stats.retrieve('QUERIES')"],
    ['odd space', "CALL\u0085db.stats.retrieve('QUERIES')"],
    ['no parentheses', 'CALL db.stats.retrieve'],
  ])('finds db.stats.retrieve: %s', (_name, text) => {
    expect(calledProcedures(text)).toContain('db.stats.retrieve');
    expect(refusedKeyword(text)).toMatch(/db\.stats\.retrieve is not in the console's allowlist/);
  });

  it.each([
    ['a string', "RETURN 'CALL db.stats.retrieve(\\'QUERIES\\')' AS s"],
    ['a double-quoted string', 'RETURN "CALL db.stats.retrieve()" AS s'],
    ['a line comment', 'MATCH (n) // CALL db.stats.retrieve()\nRETURN n'],
    ['a block comment', 'MATCH (n) /* CALL db.stats.retrieve() */ RETURN n'],
    ['a variable called call', 'WITH 1 AS call MATCH (n) RETURN call, n'],
    ['a property of call', 'MATCH (call:Person) RETURN call.name'],
    ['a subquery', 'MATCH (p) CALL (p) { RETURN p.id AS id } RETURN id'],
    ['an allowed procedure', 'RETURN COLLECT { CALL db.labels() YIELD label RETURN label } AS labels'],
  ])('refuses nothing for %s', (_name, text) => {
    expect(calledProcedures(text).filter((name) => name !== 'db.labels')).toEqual([]);
    expect(refusedKeyword(text)).toBeUndefined();
  });

  it('never sees a call in any text inside a string or a comment', () => {
    const hidden = fc.string({
      unit: fc.constantFrom('C', 'A', 'L', ' ', '(', 'd', 'b', '.', "'", '"', '*', '/', '\\', '\n'),
    });
    fc.assert(
      fc.property(hidden, (inner) => {
        const quoted = `'${inner.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
        const commented = `/* ${inner.replaceAll('*/', '* /')} */`;
        expect(calledProcedures(`RETURN ${quoted} AS s ${commented}`)).toEqual([]);
      }),
      { seed: 14 },
    );
  });
});

describe('LOAD CSV in the text', () => {
  it('is refused anywhere, and not in a string', () => {
    expect(refusedKeyword("RETURN COLLECT { LOAD /**/ csv FROM 'file:///x' AS l RETURN l } AS r")).toMatch(
      /LOAD CSV/,
    );
    expect(refusedKeyword("RETURN 'LOAD CSV' AS s")).toBeUndefined();
  });
});

describe('resolved calls in a plan', () => {
  it('reads the procedure of a nested plan from Neo4j 5 Details', () => {
    const details =
      '[x IN $autolist_1 | COLLECT { ResolvedCall(db.stats.collect(section :: STRING, config  =  Map{} :: MAP) ' +
      ':: section :: STRING, success :: BOOLEAN,ArraySeq()) RETURN success AS success }] AS r';
    expect(resolvedCalls(details)).toEqual(['db.stats.collect']);
    expect(resolvedCalls('"ResolvedCall(db.stats.collect(" AS s')).toEqual([]);
  });
});
