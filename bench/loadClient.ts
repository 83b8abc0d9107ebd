/**
 * The load generator of `npm run bench -- load`, run as a process of its own so that it does not share an
 * event loop with the server it measures: N keep-alive connections against one URL on loopback, each sending
 * its next request when the answer is in (closed loop, as autocannon does), for a fixed time after a short
 * warm-up. Node's own HTTP client rather than autocannon: autocannon's parser was the bottleneck on the
 * person-level graph (310 KB gzip answers: 219 answers/s, against 2,643 with node:http on the same server).
 * Bodies are counted as they arrive, not decompressed. Every response time is kept: exact percentiles.
 * Prints one JSON line: a LoadFigures.
 *
 *   tsx bench/loadClient.ts '{"url":"http://127.0.0.1:3000/api/health","connections":50,"seconds":10}'
 */
import http from 'node:http';

export interface LoadRequest {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds?: number;
  headers?: Record<string, string>;
}

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers other than 2xx, connection errors and timeouts, over every request sent. */
  errorRate: number;
  /** Bytes received per second (bodies as sent: compressed when the server compressed them). */
  bytesPerSecond: number;
  statusCodes: Record<string, number>;
}

interface Tally {
  latencies: number[];
  statusCodes: Record<string, number>;
  failed: number;
  sent: number;
  bytes: number;
}

const TIMEOUT_MS = 10_000;

async function run(request: LoadRequest, seconds: number): Promise<Tally & { seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: request.connections });
  const tally: Tally = { latencies: [], statusCodes: {}, failed: 0, sent: 0, bytes: 0 };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const connection = async () => {
    while (performance.now() < deadline) await send(request, agent, tally);
  };
  await Promise.all(Array.from({ length: request.connections }, connection));
  agent.destroy();
  return { ...tally, seconds: (performance.now() - started) / 1000 };
}

function send(request: LoadRequest, agent: http.Agent, tally: Tally): Promise<void> {
  const started = performance.now();
  tally.sent++;
  return new Promise((resolve) => {
    let done = false; // a request and its response can both report an error: count it once
    const failed = () => {
      if (done) return;
      done = true;
      tally.failed++;
      resolve();
    };
    const req = http.get(request.url, { agent, headers: request.headers }, (res) => {
      res.on('error', failed);
      res.on('end', () => {
        if (done) return;
        done = true;
        const status = res.statusCode ?? 0;
        tally.latencies.push(performance.now() - started);
        tally.statusCodes[status] = (tally.statusCodes[status] ?? 0) + 1;
        if (status < 200 || status >= 300) tally.failed++;
        resolve();
      });
      res.on('data', (chunk: Buffer) => (tally.bytes += chunk.length));
    });
    req.on('error', failed);
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length); // nearest-rank definition
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as LoadRequest;
  if (request.warmupSeconds) await run(request, request.warmupSeconds);
  const result = await run(request, request.seconds);
  const latencies = result.latencies.sort((a, b) => a - b);
  const figures: LoadFigures = {
    requests: latencies.length,
    requestsPerSecond: latencies.length / result.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errorRate: result.sent === 0 ? 1 : result.failed / result.sent,
    bytesPerSecond: result.bytes / result.seconds,
    statusCodes: result.statusCodes,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`load client failed: ${(error as Error).message}\n`);
  process.exit(1);
});
