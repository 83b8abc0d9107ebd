/**
 * Rendering speed of the explorer's map in headless Chromium (Debian's, software rendering: --disable-gpu).
 * For synthetic org-like graphs of 1,000, 5,000 and 20,000 people with ~5 ties each (test/support/
 * syntheticGraph.ts): frames per second while panning and zooming, and the time from the graph's arrival to
 * the layout at rest. Baseline, measured in the same run: the same page and gestures on an empty graph (the
 * canvas cleared every frame), i.e. the frame rate this browser gives at all. Target: ≥ 30 fps at 5,000 nodes
 * and 25,000 ties. Then the real app with the `m` demo org: time from navigation to the first drawing of the
 * person-level map, with the window's analytics computed (warm) and, once, before they were (cold).
 */
import os from 'node:os';
import type { BrowserContext } from 'playwright-core';
import { MOTION_TIE_BUDGET } from '../client/map/batches.ts';
import { SNAPSHOT_FROM_ELEMENTS } from '../client/map/snapshot.ts';
import { ensureClientBuilt } from '../server/explorer/build.ts';
import { launchChromium } from '../test/browser/support/chromium.ts';
import { syntheticAnswer } from '../test/support/syntheticGraph.ts';
import { instrument, keyPan, pageTimes, panAndZoom, type GestureRun, type PageTimes } from './renderPage.ts';
import { startOrgServer, startSyntheticServer } from './renderServer.ts';
import { fmt, table } from './support.ts';

const SIZES = [1_000, 5_000, 20_000];
const GESTURE_SECONDS = 3;
const FPS_TARGET = { nodes: 5_000, fps: 30 };
const FIRST_DRAW_TARGET_MS = 2_000;

interface SizeRun {
  nodes: number;
  ties: number;
  times: PageTimes;
  /** The same graph laid out on the main thread (Web Workers hidden from the page): settling only. */
  mainThread: PageTimes;
  gestures: GestureRun;
  redraws: GestureRun;
}

export async function benchRender(): Promise<string> {
  await ensureClientBuilt();
  const browser = await launchChromium();
  try {
    const synthetic = await benchSynthetic(browser.context);
    const org = await benchOrg(browser.context);
    return report(synthetic, org);
  } finally {
    await browser.close();
  }
}

interface SyntheticRuns {
  baseline: GestureRun;
  baselineRedraws: GestureRun;
  runs: SizeRun[];
  /** The machine's 1-minute load average before and after (other work slows the browser down). */
  load: [number, number];
}

async function benchSynthetic(context: BrowserContext): Promise<SyntheticRuns> {
  const server = await startSyntheticServer();
  try {
    const open = async (people: number): Promise<SizeRun> => {
      const answer = people
        ? syntheticAnswer({ people, seed: 42 })
        : { ...syntheticAnswer({ people: 10 }), nodes: [], edges: [] };
      server.answer(JSON.stringify(answer));
      progress(`map of ${people} nodes, ${answer.edges.length} ties`);
      const settle = async (mainThreadLayout: boolean) => {
        const page = await context.newPage();
        await instrument(page, { mainThreadLayout });
        await page.addInitScript(() => window.sessionStorage.setItem('trellis.token', 'bench'));
        await page.goto(`${server.base}/#/map?level=person`);
        return { page, times: await pageTimes(page, 300_000) };
      };
      const { page, times } = await settle(false);
      const gestures = await panAndZoom(page, GESTURE_SECONDS);
      const redraws = await keyPan(page, GESTURE_SECONDS);
      await page.close();
      const main = await settle(true);
      await main.page.close();
      const { nodes, edges } = answer;
      return { nodes: nodes.length, ties: edges.length, times, mainThread: main.times, gestures, redraws };
    };
    const loadBefore = os.loadavg()[0]!;
    const empty = await open(0);
    const runs: SizeRun[] = [];
    for (const people of SIZES) runs.push(await open(people));
    return {
      baseline: empty.gestures,
      baselineRedraws: empty.redraws,
      runs,
      load: [loadBefore, os.loadavg()[0]!],
    };
  } finally {
    await server.close();
  }
}

async function benchOrg(context: BrowserContext): Promise<{ people: number; cold: number; warm: number }> {
  progress('m demo org: managed Neo4j and import');
  const server = await startOrgServer();
  try {
    const firstDraw = async () => {
      const page = await context.newPage();
      await instrument(page);
      await page.addInitScript(
        (token) => window.sessionStorage.setItem('trellis.token', token),
        server.app.tokens.analyst,
      );
      await page.goto(`${server.app.base}/#/map?level=person`);
      const times = await pageTimes(page, 600_000);
      const people = await page.$eval('.map-status .summary', (el) =>
        Number.parseInt(el.textContent!.replace(/,/g, ''), 10),
      );
      await page.close();
      return { times, people };
    };
    progress('m demo org: first drawing, analytics not yet computed (cold)');
    const cold = await firstDraw();
    progress('m demo org: first drawing, analytics cached (warm)');
    const warm = await firstDraw();
    return { people: warm.people, cold: cold.times.firstDrawAt, warm: warm.times.firstDrawAt };
  } finally {
    await server.close();
  }
}

function report(synthetic: SyntheticRuns, org: { people: number; cold: number; warm: number }): string {
  const fps = (run: GestureRun) => run.frames / run.seconds;
  const [gestureCeiling, redrawCeiling] = [fps(synthetic.baseline), fps(synthetic.baselineRedraws)];
  const rows = synthetic.runs.map((run) => [
    run.nodes,
    run.ties,
    `${fmt(fps(run.gestures))} (${fmt(fps(run.gestures) / gestureCeiling, 2)})`,
    fmt(run.gestures.p95FrameMs),
    `${fmt(fps(run.redraws))} (${fmt(fps(run.redraws) / redrawCeiling, 2)})`,
    settleWords(run.times),
    settleWords(run.mainThread),
    run.nodes === FPS_TARGET.nodes ? (fps(run.gestures) >= FPS_TARGET.fps ? 'met' : 'missed') : '—',
  ]);
  const header = [
    'nodes',
    'ties',
    'fps pan+zoom (/ baseline)',
    'p95 frame ms',
    'full redraws/s (/ baseline)',
    'settle s, fps meanwhile (worker)',
    'settle s, fps meanwhile (main thread)',
    `≥ ${FPS_TARGET.fps} fps`,
  ];
  return [
    '## Explorer rendering (canvas map, headless Chromium)',
    '',
    'Synthetic org-like graphs (units of 8–40 people, ~5 ties per person, seed 42), person level, on a 1280×800 page in',
    "Debian's Chromium with software rendering (--disable-gpu).",
    `- **fps pan+zoom**: ${GESTURE_SECONDS} s of mouse panning then ${GESTURE_SECONDS} s of wheel zooming, the map moved on every frame. Past`,
    `  ${SNAPSHOT_FROM_ELEMENTS.toLocaleString('en')} nodes + ties a gesture moves a picture of the map (as Cytoscape.js's textureOnViewport) and`,
    '  the map is drawn in full when it ends.',
    `- **full redraws/s**: ${GESTURE_SECONDS} s of arrow-key panning, every frame a full drawing — what a drag or the settling layout`,
    `  costs (while moving: the strongest ${MOTION_TIE_BUDGET.toLocaleString('en')} ties, no outlines, no labels).`,
    "- **settle**: from the graph's arrival to the layout at rest (parse, model, seeded layout capped at 300/200/120 ticks),",
    '  and the frames per second the page drew meanwhile (p95 frame time in brackets): the layout ticks in a Web Worker',
    '  (the map takes its positions once a frame); the same page with workers hidden lays out on the main thread,',
    '  ticking 24–40 ms per frame, as before the worker.',
    `- **Baselines**, same run, same page and input on an empty graph: ${fmt(gestureCeiling)} fps for the gestures, ${fmt(redrawCeiling)} for key panning.`,
    `- Load: the machine's 1-minute load average was ${fmt(synthetic.load[0])} before and ${fmt(synthetic.load[1])} after (2 cores shared with other`,
    '  work; absolute times are inflated, ratios less so).',
    '',
    table(header, rows),
    '',
    `The \`m\` demo org (${org.people.toLocaleString('en')} people, person level, real app and managed Neo4j): first drawing`,
    `${fmt(org.warm / 1000, 2)} s after navigation with the window's analytics cached (target < ${FIRST_DRAW_TARGET_MS / 1000} s: ${org.warm < FIRST_DRAW_TARGET_MS ? 'met' : 'missed'});`,
    `${fmt(org.cold / 1000, 2)} s on the very first request, which computes the analytics of the window.`,
  ].join('\n');
}

function settleWords(times: PageTimes): string {
  const seconds = (times.settledAt - times.responseEnd) / 1000;
  return `${fmt(seconds, 2)}, ${fmt(times.settleFps)} fps (${fmt(times.settleP95FrameMs)} ms)`;
}

function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}
