/** A window as answers show it: its key and its ends as ISO date-times. */
import type { TimeWindow } from '../analytics/window.ts';

export function windowAnswer(window: TimeWindow): { key: string; from: string; to: string } {
  return { key: window.key, from: window.from.toISOString(), to: window.to.toISOString() };
}
