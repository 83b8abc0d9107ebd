/**
 * The Cypher console, for analysts: the query library, an editor with Cypher highlighting, parameters as typed
 * rows, Ctrl+Enter to run (POST /api/cypher: read-only, time and row capped by the server), the answer as a
 * table and as a graph, and the server's refusals and errors as it states them, with the position marked.
 * The URL names the library query; the text and parameters being edited stay in this tab (sessionStorage):
 * a query can be 20,000 characters and its parameters may name people, neither of which belongs in a link
 * or the browser's history. A viewer is told the console needs the analyst role.
 */
import { fetchLibrary, runCypher, type LibraryQuery } from '../api/analytics.ts';
import { ApiError, asApiError } from '../api/client.ts';
import { el } from '../shell/dom.ts';
import type { ExplorerView, MountedView, ViewContext } from '../shell/views.ts';
import { QueryEditor } from './editor.ts';
import { parameterNames } from './highlight.ts';
import { ParameterRows } from './parameterRows.ts';
import { parametersOf, rowsFromLibrary } from './parameters.ts';
import { ConsoleResults } from './results.ts';
import { loadDraft, saveDraft } from './draft.ts';

export const consoleView: ExplorerView = {
  id: 'console',
  title: 'Cypher console',
  mount: (host, context) => new ConsoleView(host, context),
};

const DEFAULT_LIMIT = 1000;

class ConsoleView implements MountedView {
  private readonly root = el('section', { className: 'console-view' });
  private readonly library = el('select', { attrs: { id: 'library-query' } });
  private readonly description = el('p', { className: 'muted library-description' });
  private readonly editor: QueryEditor;
  private readonly parameters: ParameterRows;
  private readonly limit = el('input', {
    attrs: { id: 'row-cap', type: 'number', min: 1, max: 100000, step: 1, value: DEFAULT_LIMIT },
  });
  private readonly run = el('button', {
    className: 'run',
    text: 'Run (Ctrl+Enter)',
    attrs: { type: 'button' },
  });
  private readonly error = el('div', { className: 'console-error', attrs: { role: 'alert', hidden: true } });
  private readonly results = new ConsoleResults();
  private readonly unsubscribe: () => void;
  private queries: LibraryQuery[] = [];
  private request: AbortController | undefined;

  constructor(
    host: HTMLElement,
    private readonly context: ViewContext,
  ) {
    this.editor = new QueryEditor({ run: () => void this.execute(), change: () => this.save() });
    this.parameters = new ParameterRows(() => this.save());
    this.run.addEventListener('click', () => void this.execute());
    this.library.addEventListener('change', () =>
      context.store.update({ libraryQuery: this.library.value || null }),
    );
    host.append(this.root);
    this.root.append(el('p', { className: 'muted', text: 'Loading the query library…' }));
    this.unsubscribe = context.store.subscribe((state, previous) => {
      if (state.libraryQuery !== previous.libraryQuery) this.pick(state.libraryQuery);
    });
    void this.start();
  }

  unmount(): void {
    this.unsubscribe();
    this.request?.abort();
    this.results.destroy();
  }

  private async start(): Promise<void> {
    try {
      this.queries = (await fetchLibrary(this.context.api)).queries;
    } catch (error) {
      const problem = asApiError(error);
      if (problem.status === 403) return this.needsAnalyst(problem);
      this.context.report(problem);
    }
    this.layout();
    const draft = loadDraft();
    const wanted = this.context.store.state.libraryQuery;
    if (draft && draft.library === wanted) {
      this.editor.text = draft.text;
      this.parameters.value = draft.rows;
      this.library.value = wanted ?? '';
      this.describe(wanted);
    } else this.pick(wanted);
  }

  private layout(): void {
    this.library.replaceChildren(
      el('option', { text: 'Your own query', attrs: { value: '' } }),
      ...this.queries.map((q) => el('option', { text: q.title, attrs: { value: q.name } })),
    );
    this.root.replaceChildren(
      el('div', { className: 'console-query' }, [
        el('h1', { text: 'Cypher console' }),
        el('span', { className: 'field' }, [
          el('label', { text: 'Query library', attrs: { for: 'library-query' } }),
          this.library,
        ]),
        this.description,
        el('label', { text: 'Query', attrs: { for: 'cypher-text' } }),
        this.editor.element,
        el('p', {
          className: 'muted',
          attrs: { id: 'cypher-help' },
          text: 'One read-only statement. Ctrl+Enter runs it; Escape then Tab leaves the editor.',
        }),
        this.parameters.element,
        el('div', { className: 'run-row' }, [
          el('span', { className: 'field' }, [
            el('label', { text: 'Row cap', attrs: { for: 'row-cap' } }),
            this.limit,
          ]),
          this.run,
        ]),
        this.error,
      ]),
      this.results.element,
    );
  }

  /** Fills the editor with a library query's text and its parameters' defaults. */
  private pick(name: string | null): void {
    const query = this.queries.find((q) => q.name === name);
    this.library.value = query?.name ?? '';
    this.describe(name);
    if (!query) return;
    this.editor.text = query.text;
    this.parameters.value = rowsFromLibrary(query.parameters);
    this.save();
  }

  private describe(name: string | null): void {
    const query = this.queries.find((q) => q.name === name);
    this.description.textContent =
      query?.description ?? 'Write a query of your own, or pick one from the library.';
  }

  private save(): void {
    saveDraft({
      library: this.context.store.state.libraryQuery,
      text: this.editor.text,
      rows: this.parameters.value,
    });
  }

  private async execute(): Promise<void> {
    const { parameters, problems } = parametersOf(this.parameters.value);
    const missing = parameterNames(this.editor.text).filter((name) => !(name in parameters));
    if (missing.length && !problems.length)
      problems.push(
        `the query uses ${missing.map((n) => `$${n}`).join(', ')} without a value: add a row for each`,
      );
    if (problems.length)
      return this.showError({ title: 'The parameters cannot be sent', detail: problems.join('; ') });
    if (!this.editor.text.trim())
      return this.showError({ title: 'Nothing to run', detail: 'Write a query first.' });
    this.request?.abort();
    const request = (this.request = new AbortController());
    this.run.disabled = true;
    this.run.textContent = 'Running…';
    this.clearError();
    try {
      const limit = Number.parseInt(this.limit.value, 10);
      const answer = await runCypher(
        this.context.api,
        {
          query: this.editor.text,
          parameters,
          limit: Number.isFinite(limit) && limit > 0 ? limit : undefined,
        },
        request.signal,
      );
      if (request.signal.aborted) return;
      this.results.show(answer);
      this.context.announce(`${answer.rows.length} rows${answer.truncated ? ', cut at the row cap' : ''}.`);
    } catch (error) {
      if (request.signal.aborted) return;
      this.results.hide();
      this.showProblem(asApiError(error));
    } finally {
      if (this.request === request) {
        this.run.disabled = false;
        this.run.textContent = 'Run (Ctrl+Enter)';
      }
    }
  }

  private showProblem(problem: ApiError): void {
    const facts = [
      `HTTP ${problem.status || '—'}`,
      `code ${problem.code}`,
      problem.neo4jCode ? `Neo4j ${problem.neo4jCode}` : null,
    ];
    this.showError({
      title: problem.title,
      detail: problem.detail,
      facts: facts.filter(Boolean).join(' · '),
      fields: problem.errors.map((e) => `${e.path}: ${e.message}`),
    });
    const at = /line (\d+), column (\d+)/.exec(problem.detail ?? '');
    if (at) this.editor.markError(Number(at[1]), Number(at[2]));
    this.context.announce(`The query failed: ${problem.title}.`);
  }

  private showError(error: { title: string; detail?: string; facts?: string; fields?: string[] }): void {
    const fields = error.fields ?? [];
    const parts = [
      el('strong', { text: error.title }),
      error.detail ? el('p', { text: error.detail }) : null,
      fields.length
        ? el(
            'ul',
            {},
            fields.map((f) => el('li', { text: f })),
          )
        : null,
      error.facts ? el('p', { className: 'muted', text: error.facts }) : null,
    ];
    this.error.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    this.error.hidden = false;
  }

  private clearError(): void {
    this.error.hidden = true;
    this.error.replaceChildren();
    this.editor.clearError();
  }

  private needsAnalyst(problem: ApiError): void {
    this.root.replaceChildren(
      el('div', { className: 'needs-role', attrs: { role: 'status' } }, [
        el('h1', { text: 'The Cypher console needs the analyst role' }),
        el('p', {
          text: 'Your token may see the maps and aggregates but not run queries against the graph. Ask an admin for an analyst token, then sign in with it.',
        }),
        el('p', {
          className: 'muted',
          text: `The server said: ${problem.title} (${problem.status}). ${problem.detail ?? ''}`,
        }),
      ]),
    );
  }
}
