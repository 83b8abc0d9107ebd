/**
 * The parameters of a console query as editable rows: name, type and value, each row removable, and a row
 * to add. The rows are the state; parameters.ts turns them into the request.
 */
import { el } from '../shell/dom.ts';
import { PARAMETER_TYPES, type ParameterRow, type ParameterType } from './parameters.ts';

export class ParameterRows {
  readonly element: HTMLElement;
  private readonly list = el('div', { className: 'parameter-rows' });
  private rows: ParameterRow[] = [];

  constructor(private readonly changed: (rows: ParameterRow[]) => void) {
    this.element = el('fieldset', { className: 'parameters' }, [
      el('legend', { text: 'Parameters' }),
      this.list,
      el('button', {
        text: 'Add a parameter',
        attrs: { type: 'button', id: 'add-parameter' },
        on: { click: () => this.add() },
      }),
    ]);
  }

  get value(): ParameterRow[] {
    return this.rows.map((row) => ({ ...row }));
  }

  set value(rows: ParameterRow[]) {
    this.rows = rows.map((row) => ({ ...row }));
    this.render();
  }

  private add(): void {
    this.rows.push({ name: '', type: 'string', value: '' });
    this.render();
    this.list.querySelector<HTMLInputElement>('.parameter-row:last-child input')?.focus();
    this.changed(this.value);
  }

  private render(): void {
    this.list.replaceChildren(
      ...this.rows.map((row, i) => this.row(row, i)),
      ...(this.rows.length ? [] : [el('p', { className: 'muted', text: 'None. Refer to one as $name.' })]),
    );
  }

  private row(row: ParameterRow, i: number): HTMLElement {
    const update = (patch: Partial<ParameterRow>) => {
      this.rows[i] = { ...this.rows[i]!, ...patch };
      this.changed(this.value);
    };
    const name = el('input', {
      className: 'param-name',
      attrs: {
        type: 'text',
        value: row.name,
        'aria-label': `Name of parameter ${i + 1}`,
        spellcheck: 'false',
      },
    });
    name.addEventListener('input', () => update({ name: name.value }));
    const type = el(
      'select',
      { attrs: { 'aria-label': `Type of parameter ${i + 1}` } },
      PARAMETER_TYPES.map((t) => el('option', { text: t, attrs: { value: t } })),
    );
    type.value = row.type;
    type.addEventListener('change', () => update({ type: type.value as ParameterType }));
    const value = el('input', {
      className: 'param-value',
      attrs: {
        type: 'text',
        value: row.value,
        'aria-label': `Value of parameter ${i + 1}`,
        spellcheck: 'false',
      },
    });
    value.addEventListener('input', () => update({ value: value.value }));
    const remove = el('button', {
      text: 'Remove',
      attrs: { type: 'button', 'aria-label': `Remove parameter ${row.name || i + 1}` },
      on: {
        click: () => {
          this.rows.splice(i, 1);
          this.render();
          this.changed(this.value);
        },
      },
    });
    return el('div', { className: 'parameter-row' }, [
      el('span', { className: 'dollar', text: '$' }),
      name,
      type,
      value,
      remove,
    ]);
  }
}
