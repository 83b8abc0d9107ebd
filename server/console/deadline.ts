/**
 * A console query's one deadline, counted from its request's arrival: planning, waiting for a worker and
 * running all spend the same time, and the 504 says where the query was when it ran out (`stage`).
 */
import { TrellisError } from '../errors.ts';

const TIMEOUT_DETAIL = 'The query was stopped at the console time limit.';
const QUEUED_DETAIL =
  'The query timed out while waiting for a console worker (the console was busy with other queries); it did ' +
  'not run. Run it again when the queries before it have finished.';

/** Where a console query was when its time ran out (the `stage` of its 504 problem). */
export type TimeoutStage = 'planning' | 'queued' | 'running';

export function queryTimeout(stage: TimeoutStage): TrellisError {
  return new TrellisError('query_timeout', stage === 'queued' ? QUEUED_DETAIL : TIMEOUT_DETAIL, { stage });
}

/** `work`, or query_timeout (at `stage`) at the deadline, whichever comes first. */
export function withDeadline<T>(
  work: Promise<T>,
  deadline: number,
  stage: TimeoutStage = 'running',
): Promise<T> {
  work.catch(() => {}); // a late failure after the deadline is not an unhandled rejection
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(queryTimeout(stage)), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
