/**
 * The words, quoted names and symbols of a Cypher text, with comments, strings and whitespace left out: what
 * the console's text checks read (keywords.ts, procedures.ts). Any character that is not part of a word, a
 * quoted name or a known symbol is skipped like whitespace, so an unusual space cannot split a check in two.
 */
export interface CypherToken {
  /** word: a keyword or identifier; name: a `quoted` name (text unquoted); symbol: punctuation. */
  kind: 'word' | 'name' | 'symbol';
  text: string;
}

const SKIP = [
  /^\/\/[^\n]*/, // line comment
  /^\/\*[\s\S]*?(\*\/|$)/, // block comment
  /^'(?:[^'\\]|\\[\s\S])*('|$)/, // single-quoted string
  /^"(?:[^"\\]|\\[\s\S])*("|$)/, // double-quoted string
  /^\$(?:[\p{L}_][\p{L}\p{N}_]*|`(?:[^`]|``)*`?|\d+)/u, // parameter: never a keyword
];
const WORD = /^[\p{L}_][\p{L}\p{N}_]*/u;
const QUOTED_NAME = /^`((?:[^`]|``)*)(`|$)/;
const NUMBER = /^(?:0x[0-9a-fA-F]+|0o[0-7]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)/;
const SYMBOL = /^[-+*/%^=<>.,:;|()[\]{}!?&~]/;

export function cypherTokens(text: string): CypherToken[] {
  const tokens: CypherToken[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const skipped = SKIP.map((pattern) => pattern.exec(rest)?.[0]).find((match) => match !== undefined);
    const word = WORD.exec(rest)?.[0];
    const quoted = QUOTED_NAME.exec(rest);
    const symbol = SYMBOL.exec(rest)?.[0];
    if (skipped) at += skipped.length;
    else if (word) {
      tokens.push({ kind: 'word', text: word });
      at += word.length;
    } else if (quoted) {
      tokens.push({ kind: 'name', text: (quoted[1] ?? '').replaceAll('``', '`') });
      at += quoted[0].length;
    } else if (symbol) {
      tokens.push({ kind: 'symbol', text: symbol });
      at += 1;
    } else at += NUMBER.exec(rest)?.[0].length ?? 1; // numbers and anything else: not a word
  }
  return tokens;
}

/** True when the token is the keyword (words only: a quoted `CALL` is a name, not a keyword). */
export function isKeyword(token: CypherToken | undefined, keyword: string): boolean {
  return token?.kind === 'word' && token.text.toUpperCase() === keyword;
}
