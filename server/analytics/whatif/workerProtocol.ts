/**
 * Messages between the HTTP thread and the scenario worker (workerMain.ts), which answers what-ifs and
 * introductions off the event loop. The window's graphs cross once per window (as the compute workers send
 * them, graphTransfer.ts) and stay in the worker under their key until another window's arrive.
 */
import type { PortableGraphs } from '../compute/graphTransfer.ts';
import type { PortableError } from '../compute/protocol.ts';
import type { IntroductionOptions, IntroductionsResult } from '../introductions/index.ts';
import type { WhatIfInput, WhatIfResult } from './whatIf.ts';

export type ScenarioJob =
  | { kind: 'whatif'; input: WhatIfInput }
  | { kind: 'introductions'; unit: string; options: IntroductionOptions };

export type ScenarioResult<J extends ScenarioJob> = J extends { kind: 'whatif' }
  ? WhatIfResult
  : IntroductionsResult;

export interface ScenarioTask {
  id: number;
  /** Data version and window the graphs belong to. */
  graphsKey: string;
  dataVersion: number;
  /** Absent when the worker already holds the graphs of graphsKey. */
  graphs?: PortableGraphs;
  job: ScenarioJob;
}

/**
 * Drops the graphs held unless they are of `keep` (a data version: an import or an erasure made them stale, and
 * an erased person's ties must not outlive the erasure in this thread); answers the key held afterwards.
 */
export interface ScenarioDrop {
  id: number;
  keepOnly: number;
}

export type ScenarioMessage = ScenarioTask | ScenarioDrop;

export type ScenarioReply =
  | { id: number; ok: true; result: WhatIfResult | IntroductionsResult }
  | { id: number; ok: true; holds: string | null }
  | { id: number; ok: false; error: PortableError }
  /** The worker does not hold the graphs named (it was restarted): send them again. */
  | { id: number; ok: false; missingGraphs: true };
