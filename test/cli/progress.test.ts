import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../server/cli/progress.ts';
import { RateMeter, formatDuration, formatProgress, formatRate } from '../../server/import/progressRate.ts';

/** A clock the test moves by hand. */
function handClock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RateMeter', () => {
  it('knows no rate before a second reading, then rows per second and the time left at that rate', () => {
    const clock = handClock();
    const meter = new RateMeter(clock.now);
    expect(meter.read(0, 10_000)).toEqual({ perSecond: null, secondsLeft: null });
    clock.advance(2_000);
    expect(meter.read(4_000, 10_000)).toEqual({ perSecond: 2_000, secondsLeft: 3 });
  });

  it('follows the recent pace: readings older than its window no longer count', () => {
    const clock = handClock();
    const meter = new RateMeter(clock.now, 10_000);
    meter.read(0, 100_000);
    clock.advance(10_000);
    meter.read(10_000, 100_000); // 1,000 rows/s for the first ten seconds
    clock.advance(10_000);
    const reading = meter.read(60_000, 100_000); // then 5,000 rows/s
    expect(reading.perSecond).toBe(5_000);
    expect(reading.secondsLeft).toBe(8);
  });

  it('starts over when the count goes back (a new phase), and says done at the end', () => {
    const clock = handClock();
    const meter = new RateMeter(clock.now);
    meter.read(0, 100);
    clock.advance(1_000);
    meter.read(100, 100);
    expect(meter.read(0, 50)).toEqual({ perSecond: null, secondsLeft: null });
    clock.advance(500);
    expect(meter.read(50, 50)).toEqual({ perSecond: 100, secondsLeft: 0 });
  });

  it('leaves the time open while nothing moves', () => {
    const clock = handClock();
    const meter = new RateMeter(clock.now);
    meter.read(10, 100);
    clock.advance(3_000);
    expect(meter.read(10, 100)).toEqual({ perSecond: 0, secondsLeft: null });
  });
});

describe('formatting', () => {
  it('writes durations as m:ss or h:mm:ss, rounding up, and a dash when unknown', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(6.2)).toBe('0:07');
    expect(formatDuration(185)).toBe('3:05');
    expect(formatDuration(3_723)).toBe('1:02:03');
    expect(formatDuration(null)).toBe('–');
    expect(formatDuration(Infinity)).toBe('–');
  });

  it('writes the rate in whole rows per second with thousands separators', () => {
    expect(formatRate(12_345.6)).toBe('12,346 rows/s');
    expect(formatRate(null)).toBe('– rows/s');
  });

  it('puts done, total, rate and time left on one line', () => {
    expect(formatProgress('writing', 12_000, 78_000, { perSecond: 9_500, secondsLeft: 6.9 })).toBe(
      'writing 12,000/78,000 rows · 9,500 rows/s · 0:07 left',
    );
  });
});

describe('progressBar off a terminal', () => {
  function capture() {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    }) as unknown as NodeJS.WriteStream;
    return { lines, stream };
  }

  it('writes a line when a step starts, every few seconds, and when it ends — not at every update', () => {
    const clock = handClock();
    const { lines, stream } = capture();
    const bar = progressBar({ stream, clock: clock.now, everyMs: 5_000 });
    bar.update(0, 40_000, 'writing');
    for (let done = 1_000; done <= 40_000; done += 1_000) {
      clock.advance(1_000); // 1,000 rows a second: 40 updates over 40 s
      bar.update(done, 40_000, 'writing');
    }
    bar.stop();
    expect(lines).toHaveLength(1 + 8); // the start, then one line per 5 s (the last is also the end)
    expect(lines[1]).toBe('  writing 5,000/40,000 rows · 1,000 rows/s · 0:35 left');
    expect(lines.at(-1)).toBe('  writing 40,000/40,000 rows · 1,000 rows/s · 0:00 left');
  });
});
