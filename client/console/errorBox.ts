/**
 * The console's failures, said plainly: the server's problem as it states it (title, detail, HTTP status,
 * code, the Neo4j code, field errors) or the console's own (parameters that cannot be sent), and for an error
 * in the query's text its position with Neo4j's own reason beside it (the server masks what the query quoted).
 * Also what a viewer sees instead of the console.
 */
import type { ApiError } from '../api/client.ts';
import { el } from '../shell/dom.ts';

export interface ConsoleFailure {
  title: string;
  detail?: string;
  /** Where in the text and Neo4j's reason, shown together. */
  position?: { line: number; column: number } | null;
  reason?: string;
  facts?: string;
  fields?: string[];
}

export class ConsoleErrorBox {
  readonly element = el('div', { className: 'console-error', attrs: { role: 'alert', hidden: true } });

  show(failure: ConsoleFailure): void {
    const fields = failure.fields ?? [];
    const parts = [
      el('strong', { text: failure.title }),
      failure.detail ? el('p', { text: failure.detail }) : null,
      failure.position || failure.reason ? whereAndWhy(failure) : null,
      fields.length
        ? el(
            'ul',
            {},
            fields.map((f) => el('li', { text: f })),
          )
        : null,
      failure.facts ? el('p', { className: 'muted', text: failure.facts }) : null,
    ];
    this.element.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    this.element.hidden = false;
  }

  showProblem(problem: ApiError): void {
    const facts = [
      `HTTP ${problem.status || '—'}`,
      `code ${problem.code}`,
      problem.neo4jCode ? `Neo4j ${problem.neo4jCode}` : null,
    ];
    const [detail, reason] = (problem.detail ?? '').split(REASON);
    this.show({
      title: problem.title,
      detail: detail || undefined,
      position: errorPosition(problem.detail),
      reason,
      facts: facts.filter(Boolean).join(' · '),
      fields: problem.errors.map((e) => `${e.path}: ${e.message}`),
    });
  }

  clear(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }
}

/** What the server puts before Neo4j's own reason in a problem's detail (server/console/neo4jErrors.ts). */
const REASON = ' Neo4j says: ';

function whereAndWhy({ position, reason }: ConsoleFailure): HTMLElement {
  return el('p', { className: 'error-reason' }, [
    position
      ? el('span', {
          className: 'error-where',
          text: `Line ${position.line}, column ${position.column}`,
        })
      : null,
    reason ? el('span', { className: 'neo4j-reason', text: `Neo4j says: ${reason}` }) : null,
  ]);
}

/** "line 3, column 21" in a problem's detail, as numbers. */
export function errorPosition(detail: string | undefined): { line: number; column: number } | null {
  const at = /line (\d+), column (\d+)/.exec(detail ?? '');
  return at ? { line: Number(at[1]), column: Number(at[2]) } : null;
}

export function needsAnalyst(problem: ApiError): HTMLElement {
  return el('div', { className: 'needs-role', attrs: { role: 'status' } }, [
    el('h1', { text: 'The Cypher console needs the analyst role' }),
    el('p', {
      text: 'Your token may see the maps and aggregates but not run queries against the graph. Ask an admin for an analyst token, then sign in with it.',
    }),
    el('p', {
      className: 'muted',
      text: `The server said: ${problem.title} (${problem.status}). ${problem.detail ?? ''}`,
    }),
  ]);
}
