/**
 * A dead managed Neo4j comes back: `npm start` runs as a user runs it, its Java child is killed with SIGKILL.
 * Database routes answer 503 with Retry-After at once, /api/health keeps answering 200 and says the database
 * is restarting, the restart is logged (without the password), and the same Trellis process answers 200
 * again. Killed a second time with its port taken, it cannot come back: Trellis exits non-zero. The waits only
 * bound a hang.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portsFor, removeDataDirs, startTrellis, type Started } from '../support/trellisProcess.ts';

afterAll(removeDataDirs);

const HANG_BOUND_MS = 120_000;

/** Polls until the check holds; the bound only turns a hang into a failure. */
async function waitUntil(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const bound = Date.now() + HANG_BOUND_MS;
  while (!(await check())) {
    if (Date.now() > bound) throw new Error(`${what}: not within ${HANG_BOUND_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The Java process Trellis started (its only java child). */
function javaChild(trellis: Started): number {
  const lines = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(trellis.pid)], { encoding: 'utf8' });
  const java = lines
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find(([, command]) => command === 'java');
  if (!java?.[0]) throw new Error(`no java child of ${trellis.pid}:\n${lines}`);
  return Number(java[0]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Binds the port as soon as the dead database has let go of it. */
async function takePort(port: number): Promise<net.Server> {
  let taken: net.Server | undefined;
  await waitUntil(async () => {
    const server = net.createServer();
    taken = await new Promise<net.Server | undefined>((resolve) => {
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => resolve(server));
    });
    return taken !== undefined;
  }, 'port free');
  return taken!;
}

describe('managed Neo4j supervisor', () => {
  it('restarts a killed Neo4j under the running service, and exits non-zero when it cannot', async () => {
    const ports = await portsFor();
    const trellis = startTrellis({ ...ports, TRELLIS_DEMO: 'false', LOG_LEVEL: 'info' });
    const api = (route: string) => fetch(`http://127.0.0.1:${ports.PORT}/api${route}`);
    const health = async () => (await (await api('/health')).json()) as { database: string };
    try {
      await trellis.waitFor('Trellis is up', 240_000);
      await waitUntil(async () => (await api('/stats')).status === 200, 'stats answered');
      expect(await health()).toMatchObject({ database: 'up' });

      const first = javaChild(trellis);
      process.kill(first, 'SIGKILL');
      await waitUntil(() => !alive(first), 'java gone');
      await trellis.waitFor('managed Neo4j exited', HANG_BOUND_MS);
      const refused = await api('/stats');
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      const during = await api('/health');
      expect(during.status).toBe(200);
      expect(['down', 'restarting']).toContain(((await during.json()) as { database: string }).database);

      await waitUntil(async () => (await api('/stats')).status === 200, 'stats answered after the restart');
      expect(await health()).toMatchObject({ database: 'up' });
      expect(trellis.output()).toContain('managed Neo4j restarted');
      const password = fs.readFileSync(path.join(trellis.neo4jHome, 'trellis-password'), 'utf8').trim();
      expect(trellis.output()).not.toContain(password);

      const second = javaChild(trellis);
      expect(second).not.toBe(first);
      process.kill(second, 'SIGKILL');
      await waitUntil(() => !alive(second), 'java gone');
      const blocker = await takePort(Number(ports.NEO4J_BOLT_PORT));
      try {
        expect(await trellis.exited).toBe(1);
      } finally {
        blocker.close();
      }
      expect(trellis.output()).toContain('could not be restarted');
    } catch (error) {
      const message = `${(error as Error).message}\n--- Trellis output:\n${trellis.output()}`;
      throw new Error(message, { cause: error });
    } finally {
      trellis.stop();
    }
  }, 400_000);
});
