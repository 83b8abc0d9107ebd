/** A progress bar on stderr for long command-line work (plain lines when stderr is not a terminal). */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, label: string): void;
  stop(): void;
}

export function progressBar(): Progress {
  if (!process.stderr.isTTY) return plainProgress();
  const bar = new cliProgress.SingleBar(
    { format: '  {label} |{bar}| {percentage}% {value}/{total}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label) {
      if (!started) bar.start(total, 0, { label });
      started = true;
      bar.setTotal(total);
      bar.update(done, { label });
    },
    stop: () => bar.stop(),
  };
}

function plainProgress(): Progress {
  let lastLabel = '';
  return {
    update(done, total, label) {
      if (label !== lastLabel || done === total) process.stderr.write(`  ${label}: ${done}/${total}\n`);
      lastLabel = done === total ? '' : label;
    },
    stop() {},
  };
}
