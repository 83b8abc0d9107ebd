/** GET /api/windows/progress: where the computation of a window is, for the explorer's progress line. */
import { z } from 'zod';
import { networkKind, networkQuery } from './survey.ts';
import { refineWindow, windowQuery } from './window.ts';

/** The survey network's window is a computation of its own: its progress is asked with `network=survey`. */
export const progressQuery = z.object({ ...windowQuery, ...networkQuery }).superRefine(refineWindow);

export const progressAnswer = z.object({
  window: z.string().describe('The window asked about, as named'),
  network: networkKind.describe('The network whose computation of the window this is'),
  state: z
    .enum(['idle', 'queued', 'running'])
    .describe('idle: not computing (cached, or not asked for); queued: waiting for a free slot; running'),
  step: z.string().nullable().describe('The step a running computation is at, e.g. "projection"'),
});
export type ProgressAnswer = z.infer<typeof progressAnswer>;
