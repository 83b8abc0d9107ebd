/**
 * The managed local Neo4j (the embedded default): Neo4j Community 5.26 run by neo4j/Launcher.java on the
 * machine's Java 17, Bolt on 127.0.0.1 only, authentication on with a password generated on first start and
 * kept in the data folder with owner-only permissions. Started as a child process and stopped with Trellis;
 * the launcher also stops itself when its standard input closes, so a killed Trellis leaves no orphan behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { ManagedNeo4jConfig } from '../config.ts';
import { TrellisError } from '../errors.ts';
import { ensureNeo4jJars, requireTool } from './neo4jJars.ts';
import { assertPortFree } from './ports.ts';

const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
];

export interface ManagedNeo4j {
  uri: string;
  user: string;
  password: string;
  /** Process id of the Java process (tests kill it to simulate a crash). */
  pid: number;
  /** Stops the database cleanly (SIGTERM, then waits); safe to call twice. */
  stop(): Promise<void>;
  /** Resolves when the process exits, for whatever reason. */
  exited: Promise<number | null>;
}

export interface StartOptions {
  /** Where progress and Neo4j's own error lines go (stderr by default). */
  report?: (line: string) => void;
}

export async function startManagedNeo4j(
  config: ManagedNeo4jConfig,
  options: StartOptions = {},
): Promise<ManagedNeo4j> {
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  await requireTool('java', ['-version'], 'java_missing');
  const classpath = await ensureNeo4jJars(report);
  await assertPortFree(config.boltPort, 'Neo4j Bolt (NEO4J_BOLT_PORT)');
  const password = readOrCreatePassword(config.home);
  const child = spawn(
    'java',
    [...jvmArgs(config), '-cp', classpath, 'trellis.Launcher', ...launcherArgs(config)],
    {
      env: { ...process.env, TRELLIS_NEO4J_PASSWORD: password },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const uri = await waitForReady(child, config, exited);
  return { uri, user: 'neo4j', password, pid: child.pid!, exited, stop: () => stopChild(child, exited) };
}

function jvmArgs(config: ManagedNeo4jConfig): string[] {
  return [`-Xmx${config.heapMb}m`, `-Xms${Math.min(config.heapMb, 512)}m`, ...JVM_FLAGS];
}

function launcherArgs(config: ManagedNeo4jConfig): string[] {
  // Transaction memory: one import is a single transaction, so it may use most of the heap.
  const txMax = config.txMaxMb ?? Math.floor(config.heapMb * 0.6);
  return [
    '--home', config.home,
    '--port', String(config.boltPort),
    '--pagecache-mb', String(config.pageCacheMb),
    '--tx-max-mb', String(txMax),
    '--tx-total-max-mb', String(Math.floor(config.heapMb * 0.7)),
  ]; // prettier-ignore
}

/** The password of the managed database: generated once, stored owner-only beside the store. */
export function readOrCreatePassword(home: string): string {
  const file = path.join(home, 'trellis-password');
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function waitForReady(
  child: ChildProcess,
  config: ManagedNeo4jConfig,
  exited: Promise<number | null>,
): Promise<string> {
  const errorLines: string[] = [];
  const logFile = path.join(config.home, 'logs', 'debug.log');
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    errorLines.push(line);
    if (errorLines.length > 20) errorLines.shift();
  });
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new TrellisError(
          'neo4j_start_timeout',
          `no answer after ${config.startTimeoutMs / 1000} s; log: ${logFile}`,
        ),
      );
    }, config.startTimeoutMs);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^TRELLIS_NEO4J_READY (\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const detail = errorLines
        .filter((l) => /TRELLIS_NEO4J_ERROR|Exception|Error/.test(l))
        .slice(-3)
        .join('\n  ');
      reject(
        new TrellisError(
          'neo4j_start_failed',
          `exit code ${code}; log: ${logFile}${detail ? `\n  ${detail}` : ''}`,
        ),
      );
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(killer);
}
