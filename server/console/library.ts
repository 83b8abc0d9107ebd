/**
 * The console's query library: cypher/library/*.cypher, each with a header of `// title:`, `// description:`
 * and `// param name: type = default — description` lines. Read once, listed by GET /api/cypher/library.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, cypher } from '../db/cypherFiles.ts';
import { libraryParameter, type LibraryQuery } from '../schema/api.ts';

const PARAM = /^\/\/\s*param\s+(\w+)\s*:\s*(\w+)\s*(?:=\s*(.*?))?\s*(?:—|--)\s*(.*)$/;
let cached: LibraryQuery[] | undefined;

export function queryLibrary(): LibraryQuery[] {
  cached ??= fs
    .readdirSync(path.join(CYPHER_DIR, 'library'))
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) =>
      parseLibraryQuery(file.replace(/\.cypher$/, ''), cypher(`library/${file.replace(/\.cypher$/, '')}`)),
    );
  return cached;
}

export function parseLibraryQuery(name: string, text: string): LibraryQuery {
  const header = (key: string) => new RegExp(`^//\\s*${key}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  const parameters = text
    .split('\n')
    .map((line) => PARAM.exec(line.trim()))
    .filter((match) => match !== null)
    .map(([, pname, type, fallback, description]) =>
      libraryParameter.parse({ name: pname, type, default: typedDefault(type, fallback), description }),
    );
  return { name, title: header('title') || name, description: header('description'), parameters, text };
}

function typedDefault(
  type: string | undefined,
  value: string | undefined,
): string | number | boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (type === 'int' || type === 'float') return Number(value);
  if (type === 'boolean') return value === 'true';
  return value.replace(/^'(.*)'$/, '$1');
}
