/**
 * What the rendering benchmark runs inside the page. An init script records when the map first drew and when
 * its layout came to rest (from the attributes the map sets: data-state on the status line, data-layout on
 * the stage). The gesture driver pans (mouse drag on empty ground) and then zooms (wheel) the map, moving it
 * on every animation frame, so each frame must be drawn anew; frames per second = animation frames seen.
 */
import type { Page } from 'playwright-core';

export interface PageTimes {
  /** When the graph's response had arrived (ms since navigation start). */
  responseEnd: number;
  /** The first animation frame after the map had its answer: the first drawing. */
  firstDrawAt: number;
  settledAt: number;
  /** Frames per second the page drew between the answer's arrival and the layout at rest; the slowest 5%. */
  settleFps: number;
  settleP95FrameMs: number;
}

export interface GestureRun {
  frames: number;
  seconds: number;
  /** 95th percentile of the time between frames. */
  p95FrameMs: number;
}

/** `mainThreadLayout`: hide Web Workers from the page, so the map lays out on the main thread (its fallback). */
export async function instrument(page: Page, options: { mainThreadLayout?: boolean } = {}): Promise<void> {
  // tsx keeps function names with a `__name` helper that the page does not have; give it one.
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  if (options.mainThreadLayout)
    await page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { benchMarks: Record<string, number> }).benchMarks = marks;
    const frames: number[] = [];
    (window as unknown as { benchFrames: number[] }).benchFrames = frames;
    const frame = (now: number) => {
      if (marks.shownAt !== undefined && marks.settledAt === undefined) frames.push(now);
      if (marks.settledAt === undefined) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new MutationObserver(() => {
      const status = document.querySelector<HTMLElement>('.map-status');
      if (status?.dataset.state === 'shown' && marks.shownAt === undefined) {
        marks.shownAt = performance.now();
        requestAnimationFrame(() => (marks.firstDrawAt = performance.now()));
      }
      const stage = document.querySelector<HTMLElement>('.map-stage');
      if (stage?.dataset.layout === 'settled' && marks.shownAt !== undefined)
        marks.settledAt ??= performance.now();
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-state', 'data-layout'],
    });
  });
}

export async function pageTimes(page: Page, timeoutMs: number): Promise<PageTimes> {
  await page.waitForFunction(
    () => (window as unknown as { benchMarks: { settledAt?: number } }).benchMarks.settledAt !== undefined,
    null,
    {
      timeout: timeoutMs,
      polling: 50,
    },
  );
  return page.evaluate(() => {
    const marks = (window as unknown as { benchMarks: Record<string, number> }).benchMarks;
    const frames = (window as unknown as { benchFrames: number[] }).benchFrames;
    const gaps = frames.slice(1).map((at, i) => at - frames[i]!);
    gaps.sort((a, b) => a - b);
    const graph = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/api/graph'));
    return {
      responseEnd: (graph as PerformanceResourceTiming | undefined)?.responseEnd ?? NaN,
      firstDrawAt: marks.firstDrawAt!,
      settledAt: marks.settledAt!,
      settleFps: frames.length > 1 ? ((frames.length - 1) * 1000) / (frames.at(-1)! - frames[0]!) : NaN,
      settleP95FrameMs: gaps[Math.floor(gaps.length * 0.95)] ?? NaN,
    };
  });
}

/**
 * Pans with the arrow keys, one press per frame for `seconds`: a key pan is not a gesture, so every frame is
 * a full redraw of the map (no moving picture) — what dragging a node or a settling layout costs to draw.
 */
export function keyPan(page: Page, seconds: number): Promise<GestureRun> {
  return page.evaluate(async (durationMs) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.map-stage canvas')!;
    const intervals: number[] = [];
    const started = performance.now();
    await new Promise<void>((resolve) => {
      let last = started;
      let left = true;
      const step = (now: number) => {
        if (now > last) intervals.push(now - last);
        last = now;
        // Back and forth by one step: the map stays in view, so nothing is culled away.
        left = !left;
        const key = left ? 'ArrowLeft' : 'ArrowRight';
        canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        if (now - started < durationMs) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    intervals.sort((a, b) => a - b);
    const seconds = (performance.now() - started) / 1000;
    return {
      frames: intervals.length,
      seconds,
      p95FrameMs: intervals[Math.floor(intervals.length * 0.95)] ?? NaN,
    };
  }, seconds * 1000);
}

/** Pans for `seconds`, then zooms in and out for `seconds`, moving the map on every frame. */
export function panAndZoom(page: Page, seconds: number): Promise<GestureRun> {
  return page.evaluate(async (durationMs) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.map-stage canvas')!;
    const box = canvas.getBoundingClientRect();
    // The fitted map leaves its bottom margin empty: a drag there pans instead of moving a node.
    const [x0, y0] = [box.left + box.width / 2, box.bottom - 8];
    const mouse = (type: string, target: EventTarget, x: number, y: number) =>
      target.dispatchEvent(
        new MouseEvent(type, {
          bubbles: true,
          cancelable: true,
          view: window,
          clientX: x,
          clientY: y,
          button: 0,
          buttons: 1,
        }),
      );
    const intervals: number[] = [];
    const run = (frame: (t: number) => void) =>
      new Promise<void>((resolve) => {
        const start = performance.now();
        let last = start;
        const step = (now: number) => {
          if (now > last) intervals.push(now - last);
          last = now;
          frame(now - start);
          if (now - start < durationMs) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
    const started = performance.now();
    mouse('mousedown', canvas, x0, y0);
    await run((t) =>
      mouse('mousemove', window, x0 + 120 * Math.sin(t / 250), y0 - 80 * (1 - Math.cos(t / 330))),
    );
    mouse('mouseup', window, x0, y0);
    await run((t) =>
      canvas.dispatchEvent(
        new WheelEvent('wheel', {
          bubbles: true,
          cancelable: true,
          clientX: x0,
          clientY: box.top + box.height / 2,
          deltaY: 60 * Math.sin(t / 400),
          deltaMode: 0,
        }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    intervals.sort((a, b) => a - b);
    return {
      frames: intervals.length,
      seconds,
      p95FrameMs: intervals[Math.floor(intervals.length * 0.95)] ?? NaN,
    };
  }, seconds * 1000);
}

/**
 * Plays the time-lapse once through at `speed` and counts the page's animation frames meanwhile (from the
 * press of Play to the film stopping at its last frame); then, as the baseline, the same page's frames over
 * the same time with the film paused.
 */
export async function playFilm(
  page: Page,
  speed: number,
): Promise<{ playing: GestureRun; paused: GestureRun }> {
  await page.selectOption('.timelapse-controls select', String(speed));
  const count = (until: 'stopped' | number) =>
    page.evaluate(async (end) => {
      const view = document.querySelector<HTMLElement>('.timelapse-view')!;
      if (end === 'stopped')
        document.querySelector<HTMLButtonElement>('.timelapse-controls button.play')!.click();
      const intervals: number[] = [];
      const started = performance.now();
      await new Promise<void>((resolve) => {
        let last = started;
        const step = (now: number) => {
          if (now > last) intervals.push(now - last);
          last = now;
          const done = end === 'stopped' ? view.dataset.playing === 'false' : now - started >= end;
          if (done) resolve();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
      intervals.sort((a, b) => a - b);
      return {
        frames: intervals.length,
        seconds: (performance.now() - started) / 1000,
        p95FrameMs: intervals[Math.floor(intervals.length * 0.95)] ?? NaN,
      };
    }, until);
  const playing = await count('stopped');
  const paused = await count(playing.seconds * 1000);
  return { playing, paused };
}
