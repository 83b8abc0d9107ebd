/**
 * Finds the line on which each row of a JSON bundle starts, so that a bad row is reported by line as it is in
 * a CSV file. One pass over the text: tracks strings, nesting depth and the key of each top-level array.
 */
export function jsonRowLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  let line = 1;
  let depth = 0;
  let lastKey = '';
  let current: number[] | undefined;
  let expectRow = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') line++;
    if (char === ' ' || char === '\n' || char === '\r' || char === '\t') continue;
    if (depth === 2 && current && expectRow && char !== ']') {
      current.push(line);
      expectRow = false;
    }
    if (char === '"') {
      const end = stringEnd(text, i);
      if (depth === 1) lastKey = text.slice(i + 1, end);
      line += countNewlines(text, i, end);
      i = end;
    } else if (char === '{' || char === '[') {
      depth++;
      if (depth === 2 && char === '[') {
        current = [];
        lines.set(lastKey, current);
        expectRow = true;
      }
    } else if (char === '}' || char === ']') {
      depth--;
    } else if (char === ',' && depth === 2) {
      expectRow = true;
    }
  }
  return lines;
}

/** Index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text[i] === '\n') count++;
  return count;
}
