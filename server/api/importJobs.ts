/**
 * The imports over HTTP that run as jobs (`POST /api/import?async=1`), kept in memory so that
 * `GET /api/import/jobs/:id` can say how far one is: rows written of all, the rate and time left (the same
 * arithmetic as the command line's progress line), and once over, its answer or its problem. Bounded: the last
 * MAX_JOBS, each finished job forgotten after KEEP_MS. Ids are random UUIDs: they say nothing of the data, and
 * one id does not lead to another.
 */
import { randomUUID } from 'node:crypto';
import { RateMeter, type Clock } from '../import/progressRate.ts';
import type { ImportAnswer } from '../schema/import.ts';
import type { ImportJobAnswer } from '../schema/importJob.ts';
import type { Problem } from '../schema/problem.ts';

/** What the import reports after every batch it writes (writeBundle's WriteProgress, as far as a job reads it). */
export interface JobProgress {
  step: string;
  done: number;
  total: number;
}

/** The import itself: it reports progress through `onProgress` and answers as the synchronous route would. */
export type JobWork = (onProgress: (progress: JobProgress) => void) => Promise<ImportAnswer>;

export interface ImportJobsOptions {
  max?: number;
  keepMs?: number;
  clock?: Clock;
}

const MAX_JOBS = 20;
const KEEP_MS = 60 * 60 * 1000;

interface Job {
  answer: ImportJobAnswer;
  meter: RateMeter;
  finishedAt?: number;
}

export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly listeners: Array<(answer: ImportJobAnswer) => void> = [];
  private readonly max: number;
  private readonly keepMs: number;
  private readonly clock: Clock;

  constructor(options: ImportJobsOptions = {}) {
    this.max = options.max ?? MAX_JOBS;
    this.keepMs = options.keepMs ?? KEEP_MS;
    this.clock = options.clock ?? (() => performance.now());
  }

  /**
   * Starts `work` as a job and answers its first state at once; `failed` turns what the work throws into the
   * problem the synchronous route would have sent.
   */
  start(work: JobWork, failed: (error: unknown) => Problem): ImportJobAnswer {
    this.prune(this.max - 1); // room for this one
    const answer: ImportJobAnswer = {
      id: randomUUID(),
      state: 'running',
      step: 'validating',
      rowsDone: 0,
      rowsTotal: 0,
      rate: null,
      etaSeconds: null,
    };
    const job: Job = { answer, meter: new RateMeter(this.clock) };
    this.jobs.set(answer.id, job);
    void work((progress) => this.progress(job, progress)).then(
      (outcome) => this.finish(job, { state: 'done', outcome }),
      (error: unknown) => this.finish(job, { state: 'failed', problem: failed(error) }),
    );
    return { ...answer };
  }

  /** A job's state, or undefined when there is no such job (never was, or forgotten). */
  get(id: string): ImportJobAnswer | undefined {
    this.prune(this.max);
    const job = this.jobs.get(id);
    return job && { ...job.answer };
  }

  /** Called with every change of any job (tests watch the rows grow; a poll may miss the steps between). */
  onUpdate(listener: (answer: ImportJobAnswer) => void): void {
    this.listeners.push(listener);
  }

  private progress(job: Job, { step, done, total }: JobProgress): void {
    const reading = job.meter.read(done, total);
    Object.assign(job.answer, {
      step: `writing (${step})`,
      rowsDone: done,
      rowsTotal: total,
      rate: reading.perSecond,
      etaSeconds: reading.secondsLeft,
    });
    this.changed(job);
  }

  private finish(job: Job, end: Pick<ImportJobAnswer, 'state' | 'outcome' | 'problem'>): void {
    const etaSeconds = end.state === 'done' ? 0 : null;
    Object.assign(job.answer, end, { step: null, etaSeconds });
    job.finishedAt = this.clock();
    this.changed(job);
  }

  private changed(job: Job): void {
    for (const listener of this.listeners) listener({ ...job.answer });
  }

  /** Forgets finished jobs past their time, then the oldest finished ones beyond `keep` (running ones stay). */
  private prune(keep: number): void {
    const now = this.clock();
    for (const [id, job] of this.jobs)
      if (job.finishedAt !== undefined && now - job.finishedAt >= this.keepMs) this.jobs.delete(id);
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= keep) return;
      if (job.finishedAt !== undefined) this.jobs.delete(id);
    }
  }
}
