/**
 * Promise-keeping of the micro cycle (DESIGN §3.4): of the promises that have come due, the share delivered on
 * or before promisedBy, delivered late, and missed. The rule (applied in the projection, as of the window end):
 * kept = delivered on or before promisedBy (a delivery without a date counts as kept); late = delivered after
 * it; missed = marked missed, or still open/agreed after promisedBy; pending = open/agreed and not yet due, and
 * cancelled promises are not counted. Shares are null when nothing has come due (no evidence is not 0 %).
 */
import { share } from '../statistics.ts';

export interface PromiseCounts {
  kept: number;
  late: number;
  missed: number;
}

export interface PromiseKeeping extends PromiseCounts {
  /** Not yet due at the window end: left out of the shares. */
  pending: number;
  /** kept + late + missed. */
  due: number;
  onTimeShare: number | null;
  lateShare: number | null;
  missedShare: number | null;
}

export function promiseKeeping(counts: PromiseCounts & { pending?: number }): PromiseKeeping {
  const due = counts.kept + counts.late + counts.missed;
  return {
    kept: counts.kept,
    late: counts.late,
    missed: counts.missed,
    pending: counts.pending ?? 0,
    due,
    onTimeShare: share(counts.kept, due),
    lateShare: share(counts.late, due),
    missedShare: share(counts.missed, due),
  };
}
