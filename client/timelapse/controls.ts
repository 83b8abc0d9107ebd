/**
 * The time-lapse's transport: step back, play or pause, step on, a slider over the frames, the speed, and the
 * month on screen with its exact 30 days.
 */
import { el } from '../shell/dom.ts';
import { SPEEDS } from './player.ts';

export interface TransportActions {
  toggle(): void;
  step(by: 1 | -1): void;
  go(index: number): void;
  speed(speed: number): void;
}

export class Transport {
  readonly element: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly slider: HTMLInputElement;
  private readonly month = el('output', { className: 'timelapse-month', attrs: { 'aria-live': 'off' } });
  private readonly range = el('span', { className: 'timelapse-range' });

  constructor(actions: TransportActions) {
    const button = (text: string, label: string, onClick: () => void) =>
      el('button', { text, attrs: { type: 'button', 'aria-label': label }, on: { click: onClick } });
    this.playButton = button('▶ Play', 'Play', () => actions.toggle());
    this.playButton.classList.add('play');
    this.slider = el('input', {
      attrs: { type: 'range', min: 0, max: 0, step: 1, value: 0, 'aria-label': 'Frame' },
      on: { input: () => actions.go(Number(this.slider.value)) },
    });
    const speed = el(
      'select',
      { attrs: { 'aria-label': 'Speed' }, on: { change: () => actions.speed(Number(speed.value)) } },
      SPEEDS.map((value) => el('option', { text: `${value}×`, attrs: { value, selected: value === 1 } })),
    );
    this.element = el('div', { className: 'map-toolbar timelapse-controls' }, [
      button('◀ Step', 'Step back', () => actions.step(-1)),
      this.playButton,
      button('Step ▶', 'Step on', () => actions.step(1)),
      this.slider,
      el('label', { className: 'field' }, ['Speed', speed]),
      this.month,
      this.range,
    ]);
  }

  frames(count: number): void {
    this.slider.max = String(Math.max(0, count - 1));
  }

  showFrame(index: number, month: string, range: string): void {
    this.slider.value = String(index);
    this.month.textContent = month;
    this.range.textContent = range;
  }

  playing(playing: boolean): void {
    this.playButton.textContent = playing ? '❚❚ Pause' : '▶ Play';
    this.playButton.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    this.playButton.setAttribute('aria-pressed', String(playing));
  }
}
