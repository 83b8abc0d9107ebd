/**
 * The arithmetic of a progress line: rows per second over the last few seconds (recent enough to follow a
 * change of pace between an import's steps, long enough not to jump with every batch) and the time left at that
 * rate, with their formatting. The clock is given, so tests drive time themselves. It lives beside the importer
 * because both the command line's progress line and the HTTP import's jobs (server/api/importJobs.ts) read it.
 */

/** Milliseconds since some fixed point (performance.now in use; a test's counter in tests). */
export type Clock = () => number;

/** How far back the rate looks. */
const WINDOW_MS = 10_000;

interface Sample {
  at: number;
  done: number;
}

export interface RateReading {
  /** Rows per second, or null before two readings a measurable time apart. */
  perSecond: number | null;
  /** Seconds until done at that rate, or null while the rate is unknown or zero. */
  secondsLeft: number | null;
}

export class RateMeter {
  private samples: Sample[] = [];

  constructor(
    private readonly now: Clock,
    private readonly windowMs = WINDOW_MS,
  ) {}

  /** Records that `done` of `total` rows are done now, and reads the rate and time left. */
  read(done: number, total: number): RateReading {
    const at = this.now();
    const last = this.samples.at(-1);
    if (last && done < last.done) this.samples = []; // a new count started (another phase): old pace is moot
    this.samples.push({ at, done });
    while (this.samples.length > 2 && at - this.samples[1]!.at >= this.windowMs) this.samples.shift();
    const first = this.samples[0]!;
    const elapsedMs = at - first.at;
    if (elapsedMs <= 0) return { perSecond: null, secondsLeft: null };
    const perSecond = ((done - first.done) * 1000) / elapsedMs;
    const left = Math.max(0, total - done);
    return { perSecond, secondsLeft: perSecond > 0 ? left / perSecond : left === 0 ? 0 : null };
  }
}

const thousands = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return thousands.format(value);
}

export function formatRate(perSecond: number | null): string {
  return perSecond === null ? '– rows/s' : `${formatCount(perSecond)} rows/s`;
}

/** 0:07, 3:05, 1:02:03 (h:mm:ss past the hour); "–" when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '–';
  const whole = Math.ceil(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** "writing 12,000/78,000 rows · 9,500 rows/s · 0:07 left" */
export function formatProgress(label: string, done: number, total: number, reading: RateReading): string {
  return `${label} ${formatCount(done)}/${formatCount(total)} rows · ${formatRate(reading.perSecond)} · ${formatDuration(reading.secondsLeft)} left`;
}
