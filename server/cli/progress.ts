/**
 * A progress line on stderr for long command-line work: rows done of the total, rows per second and the time
 * left (server/import/progressRate.ts). On a terminal one line redrawn in place; otherwise (a log, a pipe) a
 * plain line every few seconds and one when a step finishes, so a log stays short but shows that work goes on.
 */
import cliProgress from 'cli-progress';
import {
  RateMeter,
  formatCount,
  formatDuration,
  formatProgress,
  formatRate,
  type Clock,
} from '../import/progressRate.ts';

export interface Progress {
  update(done: number, total: number, label: string): void;
  stop(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  clock?: Clock;
  /** Plain output: at most one line per this many milliseconds (besides the end of each step). */
  everyMs?: number;
}

const PLAIN_EVERY_MS = 5_000;

export function progressBar(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const clock = options.clock ?? (() => performance.now());
  const meter = new RateMeter(clock);
  if (!stream.isTTY) return plainProgress(stream, meter, clock, options.everyMs ?? PLAIN_EVERY_MS);
  const bar = new cliProgress.SingleBar(
    {
      format: '  {label} |{bar}| {done}/{all} rows · {rate} · {left} left',
      stream,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label) {
      const reading = meter.read(done, total);
      const payload = {
        label,
        done: formatCount(done),
        all: formatCount(total),
        rate: formatRate(reading.perSecond),
        left: formatDuration(reading.secondsLeft),
      };
      if (!started) bar.start(total, 0, payload);
      started = true;
      bar.setTotal(total);
      bar.update(done, payload);
    },
    stop: () => bar.stop(),
  };
}

function plainProgress(
  stream: NodeJS.WritableStream,
  meter: RateMeter,
  clock: Clock,
  everyMs: number,
): Progress {
  let lastLabel = '';
  let lastLineAt = -Infinity;
  return {
    update(done, total, label) {
      const reading = meter.read(done, total);
      const now = clock();
      if (label !== lastLabel || done === total || now - lastLineAt >= everyMs) {
        stream.write(`  ${formatProgress(label, done, total, reading)}\n`);
        lastLineAt = now;
      }
      lastLabel = done === total ? '' : label;
    },
    stop() {},
  };
}
