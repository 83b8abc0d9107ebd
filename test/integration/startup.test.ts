/**
 * `npm start` as a user runs it: a child process with its own data folder and ports. Checks the happy path
 * (managed Neo4j, schema, demo org, health/ready/stats, clean shutdown) and that each start-up problem gives
 * one clear message and no stack trace.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portAnswers } from '../../server/db/ports.ts';
import { portsFor, removeDataDirs, startTrellis } from '../support/trellisProcess.ts';

const dataDirs: string[] = [];
afterAll(() => {
  removeDataDirs();
  dataDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

describe('npm start', () => {
  it('starts the managed Neo4j, loads the demo org, answers health, ready and stats, and stops cleanly', async () => {
    const ports = await portsFor();
    const trellis = startTrellis(ports);
    await trellis.waitFor('Trellis is up', 240_000);
    const base = `http://127.0.0.1:${ports.PORT}/api`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(await ready.json()).toMatchObject({ ready: true, checks: { database: true, schema: true } });
    const stats = (await (await fetch(`${base}/stats`)).json()) as { nodes: Record<string, number> };
    expect(stats.nodes.Person).toBeGreaterThan(100);
    expect(stats.nodes.Engagement).toBeGreaterThan(500);
    trellis.stop();
    expect(await trellis.exited).toBe(0);
    expect(await portAnswers(Number(ports.NEO4J_BOLT_PORT))).toBe(false);
  });

  it('names the bad configuration value and what it must be', async () => {
    const trellis = startTrellis({ PORT: 'eighty', NEO4J_BOLT_PORT: '70000' });
    expect(await trellis.exited).toBe(1);
    expect(trellis.output()).toContain('Invalid configuration');
    expect(trellis.output()).toMatch(/PORT/);
    expect(trellis.output()).toMatch(/NEO4J_BOLT_PORT/);
    expect(trellis.output()).not.toMatch(/\n\s+at /);
  });

  it('says the Bolt port is busy instead of failing obscurely', async () => {
    const ports = await portsFor();
    const blocker = net.createServer().listen(Number(ports.NEO4J_BOLT_PORT), '127.0.0.1');
    try {
      const trellis = startTrellis(ports);
      expect(await trellis.exited).toBe(1);
      expect(trellis.output()).toContain(`port ${ports.NEO4J_BOLT_PORT}`);
      expect(trellis.output()).toContain('already in use');
      expect(trellis.output()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('says Java is missing when it is not on the PATH', async () => {
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-nojava-'));
    dataDirs.push(bin);
    const trellis = startTrellis({ ...(await portsFor()), PATH: bin });
    expect(await trellis.exited).toBe(1);
    expect(trellis.output()).toContain('Java 17 is not installed');
    expect(trellis.output()).not.toMatch(/\n\s+at /);
  });

  it('says the database did not come up in time', async () => {
    const trellis = startTrellis({ ...(await portsFor()), NEO4J_START_TIMEOUT_S: '1' });
    expect(await trellis.exited).toBe(1);
    expect(trellis.output()).toContain('did not come up in time');
    expect(trellis.output()).not.toMatch(/\n\s+at /);
  });
});
