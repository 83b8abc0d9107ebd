/**
 * Where the time of one explorer-graph answer goes, measured in-process with nothing else running: the cached
 * analytics lookup (it reads the data version from Neo4j on every request), building the view (filters,
 * ranking, page, edges) and serialising the JSON. Medians over repeated sequential runs.
 */
import type { AnalyticsEngine } from '../server/analytics/engine.ts';
import { windowSpecOf } from '../server/schema/windowRule.ts';
import { graphQuery } from '../server/schema/graph.ts';
import { graphView } from '../server/views/graphView.ts';
import { fmt, table } from './support.ts';

const RUNS = 30;

export async function profileGraph(analytics: AnalyticsEngine, queries: string[]): Promise<string> {
  const rows: Array<Array<string | number>> = [];
  for (const text of queries) {
    const query = graphQuery.parse(Object.fromEntries(new URLSearchParams(text)));
    const steps = { lookup: [] as number[], view: [] as number[], json: [] as number[] };
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      let started = performance.now();
      const window = await analytics.forWindow(windowSpecOf(query));
      steps.lookup.push(performance.now() - started);
      started = performance.now();
      const answer = graphView(window, query, { role: 'analyst', privacy: { minGroupSize: 5 } });
      steps.view.push(performance.now() - started);
      started = performance.now();
      bytes = Buffer.byteLength(JSON.stringify(answer));
      steps.json.push(performance.now() - started);
    }
    const total = steps.lookup.map((_, i) => steps.lookup[i]! + steps.view[i]! + steps.json[i]!);
    rows.push([
      `GET /api/graph?${text}`,
      fmt(bytes / 1024, 0),
      fmt(median(steps.lookup), 2),
      fmt(median(steps.view), 2),
      fmt(median(steps.json), 2),
      fmt(median(total), 2),
    ]);
  }
  return [
    `Where the time of one answer goes (in-process, one at a time, median of ${RUNS}, ms):`,
    '',
    table(['answer', 'KB', 'cached analytics lookup', 'graph view', 'JSON', 'total'], rows),
  ].join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
