/**
 * One record of a mapped CSV export → an engagement draft, or its problems, each naming the column: the id
 * with its prefix, the dates in the mapping's format and zone, the state through the mapping's values. People
 * stay as the cells name them until the whole file is read (they are then looked up in batches).
 */
import type { Mapping } from '../../schema/mapping.ts';
import { parseMappedDate } from './mappedDates.ts';

export interface Draft {
  line: number;
  engagement: Record<string, unknown>;
  initiator: string;
  counterpart: string;
}

export type RowProblem = { column: string; reason: string };

export function draftOf(
  record: Record<string, string>,
  line: number,
  settings: { mapping: Mapping; zone: string },
): { draft: Draft } | { problems: RowProblem[] } | { skip: string } {
  const { mapping, zone } = settings;
  const cell = (column: string | undefined) => (column === undefined ? '' : (record[column] ?? '').trim());
  const initiator = cell(mapping.initiator.column);
  const counterpart = cell(mapping.counterpart.column);
  if (initiator === '') return { skip: 'noInitiator' };
  if (counterpart === '') return { skip: 'noCounterpart' };
  const problems: RowProblem[] = [];
  const date = (column: string | undefined, required: boolean) => {
    const text = cell(column);
    if (text === '') {
      if (required) problems.push({ column: column!, reason: 'is empty; a date is needed' });
      return undefined;
    }
    const iso = parseMappedDate(text, mapping.dates, zone);
    if (!iso)
      problems.push({
        column: column!,
        reason: `'${text}' is not a date in the format ${mapping.dates.format}`,
      });
    return iso;
  };
  const at = date(mapping.at, true);
  const promisedBy = date(mapping.promisedBy, false);
  const deliveredAt = date(mapping.deliveredAt, false);
  const state = cell(mapping.outcome.column);
  const outcome = mapping.outcome.values[state];
  if (!outcome) {
    const known = Object.keys(mapping.outcome.values).join(', ');
    problems.push({
      column: mapping.outcome.column,
      reason: `'${state}' is not one of the mapping's values (${known})`,
    });
  }
  if (problems.length > 0) return { problems };
  const engagement = {
    id: `${mapping.id.prefix}${cell(mapping.id.column)}`,
    kind: mapping.kind,
    at,
    durationMin: mapping.durationMin,
    topic: cell(mapping.topic).slice(0, 300),
    negotiated: promisedBy !== undefined,
    outcome,
    ...(promisedBy ? { promisedBy } : {}),
    ...(deliveredAt ? { deliveredAt } : {}),
  };
  return { draft: { line, engagement, initiator, counterpart } };
}
