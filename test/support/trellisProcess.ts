/**
 * `npm start` as a user runs it, for tests: server/main.ts in a child process with its own data folder (removed
 * by removeDataDirs) and the given environment; its output is collected for the assertions.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../server/db/ports.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dataDirs: string[] = [];

export interface Started {
  pid: number;
  /** The managed Neo4j's folder (store, logs, password file). */
  neo4jHome: string;
  output: () => string;
  exited: Promise<number | null>;
  stop: () => void;
  waitFor: (text: string, timeoutMs: number) => Promise<void>;
}

export function startTrellis(env: Record<string, string>): Started {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-start-'));
  dataDirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, TRELLIS_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = async (text: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!output.includes(text)) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`'${text}' not seen; output:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const neo4jHome = path.join(dataDir, 'neo4j');
  return {
    pid: child.pid!,
    neo4jHome,
    output: () => output,
    exited,
    stop: () => child.kill('SIGTERM'),
    waitFor,
  };
}

/** Removes the data folders of every Trellis started here (afterAll). */
export function removeDataDirs(): void {
  for (const dir of dataDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export async function portsFor() {
  return { PORT: String(await freePort()), NEO4J_BOLT_PORT: String(await freePort()) };
}
