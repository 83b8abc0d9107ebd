/**
 * Fetches and builds the managed Neo4j with Maven on first use (neo4j/pom.xml: the official Neo4j Community
 * 5.26 artifacts from Maven Central plus the launcher), showing progress; later starts reuse the build until
 * the pom or the launcher changes.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { TrellisError, type ErrorCode } from '../errors.ts';

const MODULE_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const SOURCES = ['pom.xml', 'src/main/java/trellis/Launcher.java'];
const TARGET = path.join(MODULE_DIR, 'target');
const STAMP = path.join(TARGET, '.trellis-build-stamp');

/** Returns the Java classpath of the managed Neo4j, building it first when needed. */
export async function ensureNeo4jJars(report: (line: string) => void): Promise<string> {
  const stamp = sourcesHash();
  if (!isBuilt(stamp)) {
    await requireTool('mvn', ['-v'], 'maven_missing');
    report('Fetching Neo4j Community 5.26 with Maven (first start only; cached afterwards)…');
    await runMaven(report);
    fs.writeFileSync(STAMP, stamp);
    report('Neo4j jars ready.');
  }
  return [path.join(TARGET, 'trellis-neo4j-launcher.jar'), path.join(TARGET, 'lib', '*')].join(
    path.delimiter,
  );
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(fs.readFileSync(path.join(MODULE_DIR, file)));
  return hash.digest('hex');
}

function isBuilt(stamp: string): boolean {
  try {
    return fs.readFileSync(STAMP, 'utf8') === stamp && fs.readdirSync(path.join(TARGET, 'lib')).length > 0;
  } catch {
    return false;
  }
}

function runMaven(report: (line: string) => void): Promise<void> {
  const child = spawn('mvn', ['-B', '-f', path.join(MODULE_DIR, 'pom.xml'), 'package'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let downloaded = 0;
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 15) tail.shift();
    if (/^Downloaded from /.test(line) && ++downloaded % 25 === 0)
      report(`  … ${downloaded} artifacts downloaded`);
  };
  readline.createInterface({ input: child.stdout }).on('line', onLine);
  readline.createInterface({ input: child.stderr }).on('line', onLine);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new TrellisError('maven_missing', error.message)));
    child.once('exit', (code) => {
      if (code === 0) return resolve();
      const errors = tail.filter((line) => line.includes('[ERROR]')).join('\n  ');
      reject(
        new TrellisError('neo4j_fetch_failed', `mvn exited with ${code}\n  ${errors || tail.join('\n  ')}`),
      );
    });
  });
}

/** Fails with a clear error when a command is not installed. */
export function requireTool(command: string, args: string[], code: ErrorCode): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.once('error', () => reject(new TrellisError(code, `'${command}' was not found on the PATH`)));
    child.once('exit', () => resolve());
  });
}
