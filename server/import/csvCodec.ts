/**
 * How a bundle row looks in CSV: one column per schema field, in schema order; booleans as true/false,
 * numbers as plain decimals, lists (feedback `about`) joined by "|", and an empty cell for an absent value.
 * Decoding only converts text to the field's type; zod then validates the result.
 */
import type { z } from 'zod';
import { ROW_SCHEMAS, type Section } from '../schema/bundle.ts';

type FieldType = 'string' | 'number' | 'boolean' | 'array';
const LIST_SEPARATOR = '|';

function fieldType(schema: z.ZodType): FieldType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType };
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) return fieldType(def.innerType);
  if (def.type === 'number' || def.type === 'boolean' || def.type === 'array') return def.type;
  return 'string';
}

const fieldTypesCache = new Map<Section, Map<string, FieldType>>();

/** The columns of a section's CSV file, with the type each holds. */
export function csvColumns(section: Section): Map<string, FieldType> {
  let columns = fieldTypesCache.get(section);
  if (!columns) {
    const shape = ROW_SCHEMAS[section].shape as Record<string, z.ZodType>;
    columns = new Map(Object.entries(shape).map(([name, schema]) => [name, fieldType(schema)]));
    fieldTypesCache.set(section, columns);
  }
  return columns;
}

export function encodeCsvRow(section: Section, row: Record<string, unknown>): string[] {
  return [...csvColumns(section).keys()].map((name) => {
    const value = row[name];
    if (value === undefined || value === null) return '';
    if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
    return String(value);
  });
}

export function decodeCsvRecord(section: Section, record: Record<string, string>): Record<string, unknown> {
  const columns = csvColumns(section);
  const row: Record<string, unknown> = {};
  for (const [name, cell] of Object.entries(record)) {
    if (cell === '') continue;
    const type = columns.get(name);
    row[name] = type ? decodeCell(type, cell) : cell;
  }
  return row;
}

function decodeCell(type: FieldType, cell: string): unknown {
  switch (type) {
    case 'number': {
      const value = Number(cell);
      return cell.trim() !== '' && Number.isFinite(value) ? value : cell; // leave bad text for zod to report
    }
    case 'boolean':
      return cell === 'true' ? true : cell === 'false' ? false : cell;
    case 'array':
      return cell.split(LIST_SEPARATOR);
    case 'string':
      return cell;
  }
}
