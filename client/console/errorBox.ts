/**
 * The console's failures, said plainly: the server's problem as it states it (title, detail, HTTP status,
 * code, the Neo4j code, field errors) or the console's own (parameters that cannot be sent), and the position
 * of a syntax error the detail names. Also what a viewer sees instead of the console.
 */
import type { ApiError } from '../api/client.ts';
import { el } from '../shell/dom.ts';

export interface ConsoleFailure {
  title: string;
  detail?: string;
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
    this.show({
      title: problem.title,
      detail: problem.detail,
      facts: facts.filter(Boolean).join(' · '),
      fields: problem.errors.map((e) => `${e.path}: ${e.message}`),
    });
  }

  clear(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }
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
