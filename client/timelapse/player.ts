/**
 * Plays frames as a film: play (from the start again once at the end), pause, step either way, speed. Knows
 * nothing of drawing: it calls `show` with each frame's index and `changed` when playing starts or stops.
 */

/** A frame lasts this long at 1× speed. */
export const FRAME_MS = 1_200;
export const SPEEDS = [0.5, 1, 2, 4] as const;

export interface PlayerEvents {
  show(index: number): void;
  changed(playing: boolean): void;
}

export class Player {
  private index = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private speed = 1;

  constructor(
    private readonly count: number,
    private readonly events: PlayerEvents,
  ) {}

  get frame(): number {
    return this.index;
  }

  get playing(): boolean {
    return this.timer !== undefined;
  }

  play(): void {
    if (this.playing || this.count === 0) return;
    if (this.index >= this.count - 1) this.go(0);
    this.schedule();
    this.events.changed(true);
  }

  pause(): void {
    if (!this.playing) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.events.changed(false);
  }

  /** One frame on (or back): pauses first, as a film's step does. */
  step(by: 1 | -1): void {
    this.pause();
    this.go(Math.min(this.count - 1, Math.max(0, this.index + by)));
  }

  go(index: number): void {
    this.index = index;
    this.events.show(index);
  }

  setSpeed(speed: number): void {
    this.speed = speed;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.go(this.index + 1);
      if (this.index < this.count - 1) this.schedule();
      else this.events.changed(false);
    }, FRAME_MS / this.speed);
  }
}
