/**
 * Cypher syntax highlighting for the console's editor: a tokenizer that cuts the text into comments,
 * strings, quoted names, parameters, numbers, keywords, functions, labels (and relationship types),
 * variables, operators and whitespace — every character in exactly one token, so the highlighted copy lines
 * up with the textarea above it — and the highlighted copy itself, built as text nodes (never parsed HTML).
 */
export type TokenType =
  | 'comment'
  | 'string'
  | 'name'
  | 'parameter'
  | 'number'
  | 'keyword'
  | 'function'
  | 'label'
  | 'variable'
  | 'operator'
  | 'space';

export interface Token {
  type: TokenType;
  text: string;
}

export const KEYWORDS = new Set(
  (
    'MATCH OPTIONAL WHERE RETURN WITH ORDER BY LIMIT SKIP UNWIND AS AND OR XOR NOT IN IS NULL TRUE FALSE ' +
    'DISTINCT CASE WHEN THEN ELSE END CALL YIELD UNION ALL EXISTS CREATE MERGE DELETE DETACH SET REMOVE ' +
    'FOREACH LOAD CSV FROM HEADERS USE PROFILE EXPLAIN ON ASC DESC ASCENDING DESCENDING STARTS ENDS ' +
    'CONTAINS SHOW COLLECT COUNT OF ROWS TRANSACTIONS FINISH NODETACH SHORTEST ANY'
  ).split(' '),
);

const RULES: Array<[TokenType, RegExp]> = [
  ['space', /^\s+/],
  ['comment', /^\/\/[^\n]*/],
  ['comment', /^\/\*[\s\S]*?(\*\/|$)/],
  ['string', /^'(?:[^'\\]|\\[\s\S])*('|$)/],
  ['string', /^"(?:[^"\\]|\\[\s\S])*("|$)/],
  ['name', /^`(?:[^`]|``)*(`|$)/],
  ['parameter', /^\$(?:[A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)*`?|\d+)/],
  ['number', /^(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)/],
  ['variable', /^[A-Za-z_][A-Za-z0-9_]*/],
  ['operator', /^(?:<>|<=|>=|=~|\.\.|->|<-|[-+*/%^=<>.,:;|()[\]{}!?&~])/],
];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    let token: Token = { type: 'operator', text: rest[0]! };
    for (const [type, pattern] of RULES) {
      const match = pattern.exec(rest)?.[0];
      if (match) {
        token = { type, text: match };
        break;
      }
    }
    if (token.type === 'variable') token.type = classifyWord(token.text, text, at, tokens);
    tokens.push(token);
    at += token.text.length;
  }
  return tokens;
}

/** Keywords that are also functions when a '(' follows: count(*), collect(x), exists(...). */
const FUNCTION_KEYWORDS = new Set(['COUNT', 'COLLECT', 'EXISTS', 'ANY', 'ALL']);

/** A word is a label (right after ':'), a keyword, a function (a '(' follows), or a variable. */
function classifyWord(word: string, text: string, at: number, before: Token[]): TokenType {
  const previous = before.at(-1);
  if (previous?.type === 'operator' && previous.text === ':') return 'label';
  const upper = word.toUpperCase();
  const call = /^\s*\(/.test(text.slice(at + word.length));
  if (KEYWORDS.has(upper) && !(call && FUNCTION_KEYWORDS.has(upper))) return 'keyword';
  return call ? 'function' : 'variable';
}

/** The parameters a query refers to ($name), outside strings and comments. */
export function parameterNames(text: string): string[] {
  const names = tokenize(text)
    .filter((token) => token.type === 'parameter')
    .map((token) => token.text.slice(1).replace(/^`|`$/g, ''));
  return [...new Set(names)];
}

/** The character offset of a 1-based line and column in the text (clamped to the text). */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

/** Fills `target` with the highlighted text; the character at `errorAt` (if any) is marked. */
export function renderHighlight(target: HTMLElement, text: string, errorAt: number | null = null): void {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const token of tokenize(text)) {
    const end = at + token.text.length;
    if (errorAt !== null && errorAt >= at && errorAt < end) {
      const cut = errorAt - at;
      append(fragment, token.type, token.text.slice(0, cut));
      const mark = document.createElement('mark');
      mark.className = 'error-at';
      mark.textContent = token.text.slice(cut, cut + 1);
      fragment.append(mark);
      append(fragment, token.type, token.text.slice(cut + 1));
    } else append(fragment, token.type, token.text);
    at = end;
  }
  if (errorAt !== null && errorAt >= text.length) {
    const mark = document.createElement('mark');
    mark.className = 'error-at';
    mark.textContent = ' ';
    fragment.append(mark);
  }
  // A final newline needs a character after it, or the copy is one line shorter than the textarea.
  fragment.append('\n ');
  target.replaceChildren(fragment);
}

function append(fragment: DocumentFragment, type: TokenType, text: string): void {
  if (!text) return;
  if (type === 'space' || type === 'operator' || type === 'variable') return void fragment.append(text);
  const span = document.createElement('span');
  span.className = `tok-${type}`;
  span.textContent = text;
  fragment.append(span);
}
