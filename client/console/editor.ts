/**
 * The query editor: a plain textarea (so typing, selection, undo and screen readers work as everywhere) over a
 * highlighted copy of its text (highlight.ts) that scrolls with it. Ctrl+Enter (or Cmd+Enter) runs the query;
 * Tab inserts two spaces, and Escape then Tab leaves the editor, as the WAI-ARIA practices advise.
 */
import { el } from '../shell/dom.ts';
import { offsetOf, renderHighlight } from './highlight.ts';

export interface EditorEvents {
  run(): void;
  change(text: string): void;
}

export class QueryEditor {
  readonly element: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
  private readonly copy = el('pre', { className: 'editor-highlight', attrs: { 'aria-hidden': 'true' } });
  private errorAt: number | null = null;
  private tabMovesFocus = false;

  constructor(private readonly events: EditorEvents) {
    this.textarea = el('textarea', {
      attrs: {
        id: 'cypher-text',
        spellcheck: 'false',
        autocomplete: 'off',
        autocapitalize: 'off',
        rows: 9,
        'aria-describedby': 'cypher-help',
      },
    });
    this.textarea.addEventListener('input', () => {
      this.errorAt = null;
      this.paint();
      events.change(this.textarea.value);
    });
    this.textarea.addEventListener('scroll', () => this.syncScroll());
    this.textarea.addEventListener('keydown', (event) => this.key(event));
    this.element = el('div', { className: 'editor' }, [this.copy, this.textarea]);
    this.paint();
  }

  get text(): string {
    return this.textarea.value;
  }

  set text(value: string) {
    this.textarea.value = value;
    this.errorAt = null;
    this.paint();
  }

  /** Marks a 1-based line and column (a syntax error) and puts the caret there. */
  markError(line: number, column: number): void {
    this.errorAt = offsetOf(this.text, line, column);
    this.paint();
    this.textarea.focus();
    this.textarea.setSelectionRange(this.errorAt, this.errorAt);
  }

  clearError(): void {
    if (this.errorAt === null) return;
    this.errorAt = null;
    this.paint();
  }

  private paint(): void {
    renderHighlight(this.copy, this.textarea.value, this.errorAt);
    this.syncScroll();
  }

  private syncScroll(): void {
    this.copy.scrollTop = this.textarea.scrollTop;
    this.copy.scrollLeft = this.textarea.scrollLeft;
  }

  private key(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.events.run();
    } else if (event.key === 'Escape') this.tabMovesFocus = true;
    else if (event.key === 'Tab' && !this.tabMovesFocus && !event.shiftKey) {
      event.preventDefault();
      const { selectionStart: start, selectionEnd: end, value } = this.textarea;
      this.textarea.value = `${value.slice(0, start)}  ${value.slice(end)}`;
      this.textarea.setSelectionRange(start + 2, start + 2);
      this.textarea.dispatchEvent(new Event('input'));
    } else if (event.key !== 'Tab') this.tabMovesFocus = false;
  }
}
