/**
 * The two periods of What changed: a date range each (from and to, both days included, as people say it; the
 * state and the API hold the end exclusive) and the presets, computed from the data's end.
 */
import { el } from '../shell/dom.ts';
import { addDays } from './days.ts';
import {
  PERIOD_PRESETS,
  PRESET_LABELS,
  presetOf,
  presetPeriods,
  type Period,
  type Periods,
} from './periods.ts';

export interface PeriodControls {
  element: HTMLElement;
  update(periods: Periods | null, end: string | null): void;
}

export function periodControls(change: (periods: Periods) => void): PeriodControls {
  let end: string | null = null;
  const ranges = {
    before: rangeInputs('before', 'First period'),
    after: rangeInputs('after', 'Second period'),
  };
  const read = (): Periods | null => {
    const before = ranges.before.read();
    const after = ranges.after.read();
    return before && after ? { before, after } : null;
  };
  for (const range of Object.values(ranges))
    range.element.addEventListener('change', () => {
      const periods = read();
      if (periods) change(periods);
    });
  const presets = PERIOD_PRESETS.map((preset) =>
    el('button', {
      className: 'preset',
      text: PRESET_LABELS[preset],
      attrs: { type: 'button', 'data-preset': preset, 'aria-pressed': 'false' },
      on: { click: () => end && change(presetPeriods(preset, end)) },
    }),
  );
  const element = el('div', { className: 'map-toolbar period-controls' }, [
    ranges.before.element,
    ranges.after.element,
    el('span', { className: 'presets', attrs: { role: 'group', 'aria-label': 'Presets' } }, presets),
  ]);
  return {
    element,
    update(periods, dataEnd) {
      end = dataEnd;
      if (periods) {
        ranges.before.write(periods.before, dataEnd);
        ranges.after.write(periods.after, dataEnd);
      }
      const current = periods && presetOf(periods, dataEnd);
      for (const button of presets)
        button.setAttribute('aria-pressed', String(button.dataset.preset === current));
    },
  };
}

function rangeInputs(name: string, title: string) {
  const input = (which: string) =>
    el('input', {
      attrs: { type: 'date', name: `${name}-${which}`, 'aria-label': `${title}: ${which}`, required: true },
    });
  const from = input('from');
  const to = input('to');
  const element = el('fieldset', { className: 'period', attrs: { 'data-period': name } }, [
    el('legend', { text: title }),
    from,
    el('span', { text: '–', attrs: { 'aria-hidden': 'true' } }),
    to,
  ]);
  return {
    element,
    /** The range as [from, to) when both ends are given and in order. */
    read(): Period | null {
      if (!from.value || !to.value || from.value > to.value) return null;
      return { from: from.value, to: addDays(to.value, 1) };
    },
    write(period: Period, end: string | null) {
      from.value = period.from;
      to.value = addDays(period.to, -1);
      if (end) for (const field of [from, to]) field.max = addDays(end, -1);
    },
  };
}
