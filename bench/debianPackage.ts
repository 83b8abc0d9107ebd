/**
 * Installs a Debian package a benchmark compares against (e.g. python3-igraph) when it is missing, so a fresh
 * machine needs no manual step. Waits for another apt run's lock; returns false (and says why) when it cannot.
 */
import { execFileSync } from 'node:child_process';

export function ensureDebianPackage(name: string, present: () => boolean): boolean {
  if (present()) return true;
  process.stderr.write(`  installing Debian package ${name} (apt-get)…\n`);
  try {
    execFileSync('apt-get', ['install', '-y', '-q', '-o', 'DPkg::Lock::Timeout=600', name], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    const reason = ((error as { stderr?: Buffer }).stderr?.toString() ?? '').trim().split('\n').pop();
    process.stderr.write(`  could not install ${name}: ${reason ?? (error as Error).message}\n`);
  }
  return present();
}

/** True when the command runs and exits 0. */
export function runs(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
