/**
 * What people will ask for, computed ahead at the lowest priority (requests always go first and take the slot
 * of a running warm-up task): the explorer's presets (90, 30 and 365 days) and the 30-day snapshots at the end
 * of each of the last 12 months, which the time-lapse and period comparison stand on. Started after start-up and
 * again after each import of this process; a new start cancels what the previous one had not done.
 */
import type { AnalyticsEngine, WindowRequest } from '../engine.ts';
import type { WindowSpec } from '../window.ts';
import { DAY_MS } from '../periods.ts';

export const PRESET_WINDOWS: WindowSpec[] = ['90d', '30d', '365d'];

/** The snapshots: 30 days ending at the default window's end, and 1…11 calendar months before it. */
export function monthlySnapshots(end: Date, months = 12): WindowSpec[] {
  return Array.from({ length: months }, (_, i) => {
    const to = new Date(end);
    to.setUTCMonth(to.getUTCMonth() - i);
    return { from: isoDate(new Date(to.getTime() - 30 * DAY_MS)), to: isoDate(to) };
  });
}

export interface WarmUpReport {
  windows: number;
  failed: number;
  ms: number;
}

export class WarmUp {
  private current: AbortController | undefined;

  constructor(private readonly analytics: AnalyticsEngine) {}

  /** Computes every window of the plan (all families); resolves when done or superseded by a new start. */
  async start(): Promise<WarmUpReport> {
    this.current?.abort();
    const control = (this.current = new AbortController());
    const started = performance.now();
    const { window } = await this.analytics.resolve('30d');
    const plan = [...PRESET_WINDOWS, ...monthlySnapshots(window.to)];
    const request: WindowRequest = { priority: 'warm', token: 'warm-up', signal: control.signal };
    const outcomes = await Promise.allSettled(plan.map((spec) => this.analytics.forWindow(spec, request)));
    return {
      windows: plan.length,
      failed: outcomes.filter((outcome) => outcome.status === 'rejected').length,
      ms: Math.round(performance.now() - started),
    };
  }

  stop(): void {
    this.current?.abort();
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
