/**
 * `npm run build`: builds the explorer into client/dist. `--if-stale` (npm's prestart) builds only when the
 * client's sources changed since the last build.
 */
import { ensureClientBuilt } from '../explorer/build.ts';
import { runCli } from './run.ts';

runCli(async () => {
  const started = Date.now();
  const outcome = await ensureClientBuilt({ force: !process.argv.includes('--if-stale') });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (outcome === 'built') process.stderr.write(`Built the explorer into client/dist in ${seconds} s.\n`);
});
