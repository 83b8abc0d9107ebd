/**
 * Cypher lives in cypher/**.cypher, each file with a comment header; TypeScript loads statements by name
 * (e.g. 'import/units') and never concatenates query text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements on the semicolons that end a line, dropping comment-only parts. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((part) => part.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((part) => part.length > 0);
}
