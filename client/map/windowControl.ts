/**
 * The window: how many days of engagements, ending at the newest one. A slider on a log scale (a week to two
 * years; equal steps feel equal) and presets of 30, 90 and 365 days. Moving the slider shows the length; the
 * new window is asked for once the slider has settled (SETTLE_MS after the last release or key press), so a
 * run of arrow keys costs the server one window, not one per press. Presets ask at once.
 */
import { el } from '../shell/dom.ts';
import { WINDOW_PRESETS, WINDOW_RANGE, windowDays } from '../state/state.ts';

const STEPS = 200;
/** How long the slider must rest before its window is asked for. */
export const SETTLE_MS = 400;

export function daysAt(step: number): number {
  const { min, max } = WINDOW_RANGE;
  return Math.round(min * Math.pow(max / min, step / STEPS));
}

export function stepOf(days: number): number {
  const { min, max } = WINDOW_RANGE;
  const clamped = Math.min(max, Math.max(min, days));
  return Math.round((STEPS * Math.log(clamped / min)) / Math.log(max / min));
}

export class WindowControl {
  readonly element: HTMLElement;
  private readonly slider: HTMLInputElement;
  private readonly output: HTMLOutputElement;
  private readonly presets: HTMLButtonElement[];
  private settling: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onChange: (window: string) => void) {
    this.slider = el('input', {
      attrs: {
        id: 'window-slider',
        type: 'range',
        min: 0,
        max: STEPS,
        step: 1,
        'aria-describedby': 'window-length',
      },
    });
    this.output = el('output', { attrs: { id: 'window-length', for: 'window-slider' } });
    this.slider.addEventListener('input', () => this.label(daysAt(Number(this.slider.value))));
    this.slider.addEventListener('change', () => this.settle(`${daysAt(Number(this.slider.value))}d`));
    this.presets = WINDOW_PRESETS.map((days) =>
      el('button', {
        className: 'preset',
        text: `${days} d`,
        attrs: { type: 'button', 'aria-label': `Last ${days} days` },
        on: { click: () => this.choose(`${days}d`) },
      }),
    );
    this.element = el(
      'div',
      { className: 'window-control', attrs: { role: 'group', 'aria-labelledby': 'window-label' } },
      [
        el('label', { text: 'Window', attrs: { id: 'window-label', for: 'window-slider' } }),
        this.slider,
        this.output,
        el('span', { className: 'presets' }, this.presets),
      ],
    );
  }

  update(window: string): void {
    if (this.settling !== undefined) return; // the slider shows where the user is going, not the old window
    const days = windowDays(window);
    this.slider.value = String(stepOf(days));
    this.slider.setAttribute('aria-valuetext', `${days} days`);
    this.label(days);
    this.presets.forEach((button, i) =>
      button.setAttribute('aria-pressed', String(WINDOW_PRESETS[i] === days)),
    );
  }

  private settle(window: string): void {
    clearTimeout(this.settling);
    this.settling = setTimeout(() => this.choose(window), SETTLE_MS);
  }

  private choose(window: string): void {
    clearTimeout(this.settling);
    this.settling = undefined;
    this.onChange(window);
  }

  private label(days: number): void {
    this.output.textContent = `${days} days`;
  }
}
