/**
 * The slider storm's clients, in a process of their own (bench/storm.ts starts it): one caller asks for
 * `windows` different windows `spacingMs` apart, aborting each previous request, while another asks for
 * /api/health and a cached /api/silos every 100 ms until the last window is answered. Prints the figures as JSON.
 */
export interface StormRequest {
  base: string;
  sliderToken: string;
  bystanderToken: string;
  windows: string[];
  spacingMs: number;
  /** The bystander's cached answer, e.g. /api/silos?window=90d. */
  cachedPath: string;
  /** Without windows: how long the bystander alone asks (the baseline). */
  quietMs?: number;
}

export interface StormFigures {
  statuses: Record<string, number>;
  healthMs: number[];
  cachedMs: number[];
  lastWindowStatus: number;
  /** From the last window's request to its answer. */
  lastWindowMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function storm(request: StormRequest): Promise<StormFigures> {
  const statuses: Record<string, number> = {};
  const count = (status: number | string) => (statuses[status] = (statuses[status] ?? 0) + 1);
  const timedGet = async (path: string, token?: string): Promise<number> => {
    const started = performance.now();
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const response = await fetch(`${request.base}${path}`, { headers });
    await response.arrayBuffer();
    count(response.status);
    return performance.now() - started;
  };
  let done = false;
  const healthMs: number[] = [];
  const cachedMs: number[] = [];
  const every100 = async (path: string, into: number[], token?: string) => {
    while (!done) {
      const tick = sleep(100);
      into.push(await timedGet(path, token));
      await tick;
    }
  };
  const bystanders = [
    every100('/api/health', healthMs),
    every100(request.cachedPath, cachedMs, request.bystanderToken),
  ];
  if (request.windows.length === 0) {
    await sleep(request.quietMs ?? 3000);
    done = true;
    await Promise.all(bystanders);
    return { statuses, healthMs, cachedMs, lastWindowStatus: 0, lastWindowMs: 0 };
  }
  let previous: AbortController | undefined;
  let last: { started: number; answer: Promise<Response> } | undefined;
  for (const window of request.windows) {
    previous?.abort();
    previous = new AbortController();
    const answer = fetch(`${request.base}/api/graph?level=unit&window=${window}`, {
      headers: { authorization: `Bearer ${request.sliderToken}` },
      signal: previous.signal,
    });
    answer.catch(() => count('aborted'));
    last = { started: performance.now(), answer };
    await sleep(request.spacingMs);
  }
  const final = await last!.answer;
  await final.arrayBuffer();
  const lastWindowMs = performance.now() - last!.started;
  done = true;
  await Promise.all(bystanders);
  return { statuses, healthMs, cachedMs, lastWindowStatus: final.status, lastWindowMs };
}

storm(JSON.parse(process.argv[2]!) as StormRequest).then(
  (figures) => process.stdout.write(JSON.stringify(figures)),
  (error: unknown) => {
    process.stderr.write(`storm client failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
