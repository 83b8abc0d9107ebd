/**
 * The Cypher console, for analysts: the query library, an editor with Cypher highlighting, parameters as typed
 * rows, Ctrl+Enter to run (POST /api/cypher: read-only, time and row capped by the server), the answer as a
 * table and as a graph, and the server's refusals and errors as it states them, with the position marked.
 * The URL names the library query; the text and parameters being edited stay in this tab (sessionStorage):
 * a query can be 20,000 characters and its parameters may name people, neither of which belongs in a link
 * or the browser's history. A viewer is told the console needs the analyst role.
 */
import { fetchLibrary, runCypher } from '../api/analytics.ts';
import { ApiError, asApiError } from '../api/client.ts';
import { maySeePeople, roleOf } from '../map/role.ts';
import { el } from '../shell/dom.ts';
import type { ExplorerView, MountedView, ViewContext } from '../shell/views.ts';
import { QueryEditor } from './editor.ts';
import { ConsoleErrorBox, errorPosition, needsAnalyst } from './errorBox.ts';
import { LibraryPicker } from './libraryPicker.ts';
import { ParameterRows } from './parameterRows.ts';
import { rowsFromLibrary } from './parameters.ts';
import { consoleRequest } from './request.ts';
import { ConsoleResults } from './results.ts';
import { loadDraft, saveDraft } from './draft.ts';

export const consoleView: ExplorerView = {
  id: 'console',
  title: 'Cypher console',
  offered: async (api) => maySeePeople(await roleOf(api)),
  mount: (host, context) => new ConsoleView(host, context),
};

const DEFAULT_LIMIT = 1000;

class ConsoleView implements MountedView {
  private readonly root = el('section', { className: 'console-view' });
  private readonly library: LibraryPicker;
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
  private readonly error = new ConsoleErrorBox();
  private readonly results = new ConsoleResults();
  private readonly unsubscribe: () => void;
  private request: AbortController | undefined;

  constructor(
    host: HTMLElement,
    private readonly context: ViewContext,
  ) {
    this.editor = new QueryEditor({ run: () => void this.execute(), change: () => this.save() });
    this.parameters = new ParameterRows(() => this.save());
    this.run.addEventListener('click', () => void this.execute());
    this.library = new LibraryPicker((name) => context.store.update({ libraryQuery: name }));
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
      this.library.fill((await fetchLibrary(this.context.api)).queries);
    } catch (error) {
      const problem = asApiError(error);
      if (problem.status === 403) return void this.root.replaceChildren(needsAnalyst(problem));
      this.context.report(problem);
    }
    this.layout();
    const draft = loadDraft();
    const wanted = this.context.store.state.libraryQuery;
    if (draft && draft.library === wanted) {
      this.editor.text = draft.text;
      this.parameters.value = draft.rows;
      this.library.show(wanted);
    } else this.pick(wanted);
  }

  private layout(): void {
    this.root.replaceChildren(
      el('div', { className: 'console-query' }, [
        el('h1', { text: 'Cypher console' }),
        this.library.element,
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
        this.error.element,
      ]),
      this.results.element,
    );
  }

  /** Fills the editor with a library query's text and its parameters' defaults. */
  private pick(name: string | null): void {
    const query = this.library.show(name);
    if (!query) return;
    this.editor.text = query.text;
    this.parameters.value = rowsFromLibrary(query.parameters);
    this.save();
  }

  private save(): void {
    saveDraft({
      library: this.context.store.state.libraryQuery,
      text: this.editor.text,
      rows: this.parameters.value,
    });
  }

  private async execute(): Promise<void> {
    const outcome = consoleRequest({
      text: this.editor.text,
      rows: this.parameters.value,
      limit: this.limit.value,
    });
    if (!outcome.ok) return this.error.show(outcome.failure);
    this.request?.abort();
    const request = (this.request = new AbortController());
    this.running(true);
    this.clearError();
    try {
      const answer = await runCypher(this.context.api, outcome.request, request.signal);
      if (request.signal.aborted) return;
      this.results.show(answer);
      this.context.announce(`${answer.rows.length} rows${answer.truncated ? ', cut at the row cap' : ''}.`);
    } catch (error) {
      if (request.signal.aborted) return;
      this.results.hide();
      this.showProblem(asApiError(error));
    } finally {
      if (this.request === request) this.running(false);
    }
  }

  private running(on: boolean): void {
    this.run.disabled = on;
    this.run.textContent = on ? 'Running…' : 'Run (Ctrl+Enter)';
  }

  private showProblem(problem: ApiError): void {
    this.error.showProblem(problem);
    const at = errorPosition(problem.detail);
    if (at) this.editor.markError(at.line, at.column);
    this.context.announce(`The query failed: ${problem.title}.`);
  }

  private clearError(): void {
    this.error.clear();
    this.editor.clearError();
  }
}
