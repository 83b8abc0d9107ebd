import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetOf, parameterNames, tokenize, type TokenType } from '../../../client/console/highlight.ts';

const kinds = (text: string) =>
  tokenize(text)
    .filter((t) => t.type !== 'space')
    .map((t): [TokenType, string] => [t.type, t.text]);

describe('Cypher highlighter', () => {
  it('cuts a query into keywords, labels, variables, parameters, functions, numbers and operators', () => {
    expect(kinds('MATCH (p:Person {id: $id})-[r:MEMBER_OF]->(u) RETURN count(p) LIMIT 10')).toEqual([
      ['keyword', 'MATCH'],
      ['operator', '('],
      ['variable', 'p'],
      ['operator', ':'],
      ['label', 'Person'],
      ['operator', '{'],
      ['variable', 'id'],
      ['operator', ':'],
      ['parameter', '$id'],
      ['operator', '}'],
      ['operator', ')'],
      ['operator', '-'],
      ['operator', '['],
      ['variable', 'r'],
      ['operator', ':'],
      ['label', 'MEMBER_OF'],
      ['operator', ']'],
      ['operator', '->'],
      ['operator', '('],
      ['variable', 'u'],
      ['operator', ')'],
      ['keyword', 'RETURN'],
      ['function', 'count'],
      ['operator', '('],
      ['variable', 'p'],
      ['operator', ')'],
      ['keyword', 'LIMIT'],
      ['number', '10'],
    ]);
  });

  it('keeps keywords inside comments, strings and quoted names out of the keywords', () => {
    expect(kinds("// MATCH here\nRETURN 'DELETE it', `MERGE` /* CREATE */ 1.5e3")).toEqual([
      ['comment', '// MATCH here'],
      ['keyword', 'RETURN'],
      ['string', "'DELETE it'"],
      ['operator', ','],
      ['name', '`MERGE`'],
      ['comment', '/* CREATE */'],
      ['number', '1.5e3'],
    ]);
  });

  it('runs an unclosed string or comment to the end of the text', () => {
    expect(kinds("RETURN 'open")).toEqual([
      ['keyword', 'RETURN'],
      ['string', "'open"],
    ]);
    expect(kinds('/* open\nMATCH')).toEqual([['comment', '/* open\nMATCH']]);
  });

  it('covers every character exactly once, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(
          tokenize(text)
            .map((t) => t.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });

  it('finds the parameters a query uses, not those in strings or comments', () => {
    expect(parameterNames("MATCH (p {id: $id}) WHERE p.x = $x OR p.y = $id // $not\nRETURN '$nor'")).toEqual([
      'id',
      'x',
    ]);
  });

  it('turns a line and column into an offset', () => {
    const text = 'MATCH (n)\nRETURN n\n';
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 2, 8)).toBe(17);
    expect(offsetOf(text, 9, 1)).toBe(text.length);
  });
});
