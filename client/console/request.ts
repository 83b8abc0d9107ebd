/**
 * What the console sends: the query text, its parameters from the typed rows and the row cap — or, before
 * anything is sent, why it cannot be (a row that is not its type, a $name the query uses without a value).
 */
import type { CypherRequest } from '../api/analytics.ts';
import type { ConsoleFailure } from './errorBox.ts';
import { parameterNames } from './highlight.ts';
import { parametersOf, type ParameterRow } from './parameters.ts';

export type RequestOutcome = { ok: true; request: CypherRequest } | { ok: false; failure: ConsoleFailure };

export function consoleRequest(input: { text: string; rows: ParameterRow[]; limit: string }): RequestOutcome {
  if (!input.text.trim())
    return { ok: false, failure: { title: 'Nothing to run', detail: 'Write a query first.' } };
  const { parameters, problems } = parametersOf(input.rows);
  const missing = parameterNames(input.text).filter((name) => !(name in parameters));
  if (missing.length && !problems.length)
    problems.push(
      `the query uses ${missing.map((n) => `$${n}`).join(', ')} without a value: add a row for each`,
    );
  if (problems.length)
    return { ok: false, failure: { title: 'The parameters cannot be sent', detail: problems.join('; ') } };
  const limit = Number.parseInt(input.limit, 10);
  return {
    ok: true,
    request: {
      query: input.text,
      parameters,
      limit: Number.isFinite(limit) && limit > 0 ? limit : undefined,
    },
  };
}
