/** A window as answers show it: its key and its ends as ISO date-times. */
import type { TimeWindow } from '../analytics/window.ts';
import type { WindowAnswer } from '../schema/window.ts';

export function windowAnswer(window: TimeWindow): WindowAnswer {
  return { key: window.key, from: window.from.toISOString(), to: window.to.toISOString() };
}
