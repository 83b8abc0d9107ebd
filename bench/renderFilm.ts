/**
 * The time-lapse's input for the rendering benchmark: a film of 12 monthly unit-level frames over one set of
 * 5,000 synthetic units (test/support/syntheticGraph.ts, its people read as units). Each frame holds about
 * three quarters of the ties, their weights and stages shifting from month to month, as the real frames of
 * GET /api/graph?level=unit&from&to do; the data's end is answered to the 30-day window the view asks first.
 */
import type { GraphAnswer } from '../server/schema/graph.ts';
import { RELATIONSHIP_STAGES } from '../server/schema/domain.ts';
import { snapshotPeriods } from '../client/timelapse/frames.ts';
import { syntheticAnswer } from '../test/support/syntheticGraph.ts';

const DATA_END = '2026-11-01';

/** The JSON answer to one `/api/graph` query of the time-lapse view: a frame, or the window's end. */
export function filmServer(units: number): (query: URLSearchParams) => string {
  const base = syntheticAnswer({ people: units, seed: 42 });
  const periods = snapshotPeriods(DATA_END);
  const frames = periods.map(({ from, to }, month) => {
    const answer: GraphAnswer = {
      ...base,
      level: 'unit',
      window: { key: 'custom', from: `${from}T00:00:00.000Z`, to: `${to}T00:00:00.000Z` },
      edges: base.edges
        .filter((_, e) => (e * 7 + month) % 4 !== 0)
        .map((edge, e) => ({
          ...edge,
          weight: edge.weight * (1 + ((e + month) % 5) / 4),
          engagements: 1 + ((e * 3 + month) % 6),
          stage: RELATIONSHIP_STAGES[(e + Math.floor(month / 3)) % RELATIONSHIP_STAGES.length],
        })),
    };
    return [from, JSON.stringify(answer)] as const;
  });
  const byFrom = new Map(frames);
  const last = frames.at(-1)![1];
  return (query) => byFrom.get(query.get('from') ?? '') ?? last;
}
