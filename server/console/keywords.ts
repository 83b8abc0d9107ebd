/**
 * The keywords of a Cypher text outside comments, strings and backtick-quoted names, for the few checks the
 * plan cannot make (a USE clause, PROFILE/EXPLAIN prefixes). A second line of defence, not the gate itself.
 */
const SKIP = [
  /^\/\/[^\n]*/, // line comment
  /^\/\*[\s\S]*?(\*\/|$)/, // block comment
  /^'(?:[^'\\]|\\[\s\S])*('|$)/, // single-quoted string
  /^"(?:[^"\\]|\\[\s\S])*("|$)/, // double-quoted string
  /^`(?:[^`]|``)*(`|$)/, // quoted name
];

export function keywordsOf(text: string): Set<string> {
  const words = new Set<string>();
  let rest = text;
  while (rest.length > 0) {
    const skipped = SKIP.map((pattern) => pattern.exec(rest)?.[0]).find((match) => match !== undefined);
    if (skipped) {
      rest = rest.slice(skipped.length);
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0];
    if (word) words.add(word.toUpperCase());
    rest = rest.slice(word?.length || 1);
  }
  return words;
}

/** Why the text is refused before planning, or undefined. */
export function refusedKeyword(text: string): string | undefined {
  const words = keywordsOf(text);
  if (words.has('USE'))
    return 'USE of another database is not allowed (quote a name called use in backticks)';
  if (words.has('PROFILE') || words.has('EXPLAIN')) return 'PROFILE and EXPLAIN are not allowed';
  return undefined;
}
