/**
 * The load generator of `npm run bench -- load`, run as a process of its own so that it does not share an
 * event loop with the server it measures: autocannon with N concurrent connections against one URL on
 * loopback for a fixed time, after a short warm-up. Every response time is kept, so the percentiles are exact
 * (autocannon's own summary has no p95). Prints one JSON line: a LoadFigures.
 *
 *   tsx bench/loadClient.ts '{"url":"http://127.0.0.1:3000/api/health","connections":50,"seconds":10}'
 */
import autocannon from 'autocannon';

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
  statusCodes: Record<string, number>;
}

function run(request: LoadRequest, seconds: number, latencies?: number[]) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: request.url, connections: request.connections, duration: seconds, headers: request.headers },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (latencies) instance.on('response', (_client, _status, _bytes, ms: number) => latencies.push(ms));
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
  const latencies: number[] = [];
  const result = await run(request, request.seconds, latencies);
  latencies.sort((a, b) => a - b);
  const sent = result.requests.total + result.errors;
  const failed = result.non2xx + result.errors;
  const figures: LoadFigures = {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errorRate: sent === 0 ? 1 : failed / sent,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]),
    ),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`load client failed: ${(error as Error).message}\n`);
  process.exit(1);
});
