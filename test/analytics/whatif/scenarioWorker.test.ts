/**
 * The scenario worker thread (server/analytics/whatif/scenarioWorker.ts): it keeps one window's graphs between
 * questions, and drops them once the data version moves on (an import, an erasure) — the thread says what it
 * still holds — while a later question on any version still gets its answer.
 */
import { DirectedGraph } from 'graphology';
import { afterEach, describe, expect, it } from 'vitest';
import type { InitiationGraph } from '../../../server/analytics/graphs.ts';
import { DEFAULT_ISOLATION_CONFIG } from '../../../server/analytics/silos/index.ts';
import { ScenarioWorker, type ScenarioWindow } from '../../../server/analytics/whatif/scenarioWorker.ts';
import { smallOrg } from '../silos/smallOrg.ts';

const worker = new ScenarioWorker();
afterEach(() => worker.close());

function windowOf(dataVersion: number): ScenarioWindow {
  const graphs = { ...smallOrg(), initiations: new DirectedGraph() as InitiationGraph };
  return { dataVersion, window: { key: '90d', from: new Date(0), to: new Date(86_400_000) }, graphs };
}

const removeOps = {
  kind: 'whatif' as const,
  input: { removal: { people: ['o1'], units: [] }, isolation: DEFAULT_ISOLATION_CONFIG },
};

describe('scenario worker', () => {
  it('keeps the graphs of the current data version and drops them when a new one arrives', async () => {
    const first = await worker.run(windowOf(1), removeOps);
    expect(first.disconnected.map((d) => d.units)).toEqual([['hr', 'ops']]);
    expect(await worker.keepOnly(1)).toMatch(/^1\|90d\|/);
    expect(await worker.keepOnly(2)).toBeNull();
    // the next question sends its graphs again and is answered as before
    expect((await worker.run(windowOf(2), removeOps)).disconnected).toEqual(first.disconnected);
    expect(await worker.keepOnly(2)).toMatch(/^2\|90d\|/);
  });

  it('drops everything when the data changed before its version is known (an erasure)', async () => {
    await worker.run(windowOf(3), removeOps);
    expect(await worker.keepOnly(null)).toBeNull();
  });

  it('leaves no graphs of a superseded version behind after a late question on it', async () => {
    expect(await worker.keepOnly(5)).toBeNull(); // no thread yet: nothing held
    const late = await worker.run(windowOf(4), removeOps);
    expect(late.disconnected).toHaveLength(1);
    expect(await worker.keepOnly(5)).toBeNull();
  });
});
