/**
 * Console parameters as key/value rows with a type each (the query library's types, plus JSON for lists and
 * maps): what a row's text becomes in the request, or why it cannot. Integers stay integers (the server
 * passes them to Neo4j as such); dates and date-times are sent as ISO text for `date($x)` / `datetime($x)`.
 */
import type { LibraryParameter } from '../api/analytics.ts';

export const PARAMETER_TYPES = ['string', 'int', 'float', 'boolean', 'date', 'datetime', 'json'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

export interface ParameterRow {
  name: string;
  type: ParameterType;
  value: string;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export function parameterValue(type: ParameterType, text: string): Parsed {
  const raw = text.trim();
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'int':
      return /^-?\d+$/.test(raw) && Number.isSafeInteger(Number(raw))
        ? { ok: true, value: Number(raw) }
        : { ok: false, message: 'a whole number, e.g. 20' };
    case 'float':
      return raw !== '' && Number.isFinite(Number(raw))
        ? { ok: true, value: Number(raw) }
        : { ok: false, message: 'a number, e.g. 0.5' };
    case 'boolean':
      return raw === 'true' || raw === 'false'
        ? { ok: true, value: raw === 'true' }
        : { ok: false, message: 'true or false' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw))
        ? { ok: true, value: raw }
        : { ok: false, message: 'a date like 2026-01-31' };
    case 'datetime':
      return /^\d{4}-\d{2}-\d{2}T/.test(raw) && !Number.isNaN(Date.parse(raw))
        ? { ok: true, value: raw }
        : { ok: false, message: 'a date-time like 2026-01-31T09:00:00Z' };
    case 'json':
      try {
        return { ok: true, value: JSON.parse(raw) as unknown };
      } catch {
        return { ok: false, message: 'JSON, e.g. ["a", "b"] or {"k": 1}' };
      }
  }
}

/** The request's parameters, or the problems of each row that cannot be sent. */
export function parametersOf(rows: ParameterRow[]): {
  parameters: Record<string, unknown>;
  problems: string[];
} {
  const parameters: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const row of rows) {
    const name = row.name.trim();
    if (!name && !row.value.trim()) continue;
    if (!NAME.test(name)) {
      problems.push(`"${name}" is not a parameter name (letters, digits and _; not starting with a digit)`);
      continue;
    }
    if (name in parameters) problems.push(`$${name} is given twice`);
    const parsed = parameterValue(row.type, row.value);
    if (parsed.ok) parameters[name] = parsed.value;
    else problems.push(`$${name} needs ${parsed.message}`);
  }
  return { parameters, problems };
}

/** A library query's parameters as rows, filled with their defaults. */
export function rowsFromLibrary(parameters: LibraryParameter[]): ParameterRow[] {
  return parameters.map((p) => ({
    name: p.name,
    type: p.type,
    value: p.default === undefined ? '' : String(p.default),
  }));
}
