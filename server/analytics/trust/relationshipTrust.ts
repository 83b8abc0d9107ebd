/**
 * Trust of a relationship (DESIGN §3.6): a Beta reputation (Jøsang & Ismail 2002) over decayed evidence —
 * promises kept (r) against late or missed (s), the engagements' sentiment and the survey answers about trust —
 * combined as trust/config.ts states, with the evidence count and each component shown beside the value.
 * Age is measured at period resolution (the middle of each period). Pulse feedback about a unit from a rater of
 * another unit is evidence about the relationship between the two units; an answer naming two units is about
 * theirs. The data does not say which party made a promise: a relationship's promises are its shared record.
 */
import type { FeedbackTally } from '../projection/loadRelationshipFeedback.ts';
import type { PeriodFacts, RelationshipHistory } from '../projection/loadRelationshipPeriods.ts';
import { DEFAULT_PERIOD_OPTIONS, type PeriodOptions } from '../periods.ts';
import { pairKey } from '../relationship.ts';
import { share } from '../statistics.ts';
import { addEvidence, betaTrust, decay, type BetaTrust, type Evidence } from './betaReputation.ts';
import { DEFAULT_TRUST_OPTIONS, type TrustOptions } from './config.ts';

export interface TrustComponents {
  /** Promise evidence, with the undecayed counts it comes from. */
  promises: Evidence & { kept: number; late: number; missed: number };
  sentiment: Evidence & { count: number; mean: number | null };
  feedback: Evidence & { answers: number; meanScore: number | null };
}

export interface RelationshipTrust extends BetaTrust {
  key: string;
  a: string;
  b: string;
  /** The promise evidence alone, as a Beta trust (dependable delivery). */
  promiseTrust: BetaTrust;
  components: TrustComponents;
}

export interface TrustEvidenceOptions {
  trust?: TrustOptions;
  periods?: PeriodOptions;
}

interface Tally {
  a: string;
  b: string;
  components: TrustComponents;
  sentimentSum: number;
  scoreSum: number;
}

export function relationshipTrust(
  histories: readonly RelationshipHistory[],
  feedback: readonly FeedbackTally[],
  options: TrustEvidenceOptions = {},
): RelationshipTrust[] {
  const trust = options.trust ?? DEFAULT_TRUST_OPTIONS;
  const periods = options.periods ?? DEFAULT_PERIOD_OPTIONS;
  const weightOf = (period: number) => decay((period + 0.5) * periods.periodDays, trust.halfLifeDays);
  const tallies = new Map<string, Tally>();
  const tallyOf = (x: string, y: string) => {
    const key = pairKey(x, y);
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = emptyTally(x < y ? x : y, x < y ? y : x)));
    return tally;
  };
  for (const history of histories) {
    const tally = tallyOf(history.a, history.b);
    for (const p of history.periods) addPeriod(tally, p, weightOf(p.period), trust);
  }
  const dimensions = new Set<string>(trust.feedbackDimensions);
  for (const answer of feedback) {
    if (!dimensions.has(answer.dimension)) continue;
    const [x, y] = answer.about.length === 2 ? answer.about : [answer.about[0]!, answer.raterUnit];
    if (x === y) continue; // a unit rating itself says nothing about a relationship
    addFeedback(tallyOf(x!, y!), answer, weightOf(answer.period), trust);
  }
  return [...tallies.entries()].map(([key, t]) => toTrust(key, t));
}

function emptyTally(a: string, b: string): Tally {
  return {
    a,
    b,
    components: {
      promises: { r: 0, s: 0, kept: 0, late: 0, missed: 0 },
      sentiment: { r: 0, s: 0, count: 0, mean: null },
      feedback: { r: 0, s: 0, answers: 0, meanScore: null },
    },
    sentimentSum: 0,
    scoreSum: 0,
  };
}

function addPeriod(tally: Tally, p: PeriodFacts, weight: number, trust: TrustOptions): void {
  const { promises, sentiment } = tally.components;
  promises.kept += p.kept;
  promises.late += p.late;
  promises.missed += p.missed;
  addEvidence(promises, { r: p.kept, s: trust.lateWeight * p.late + trust.missedWeight * p.missed }, weight);
  sentiment.count += p.sentimentCount;
  tally.sentimentSum += p.sentimentSum;
  const half = trust.sentimentWeight / 2;
  addEvidence(
    sentiment,
    { r: half * (p.sentimentCount + p.sentimentSum), s: half * (p.sentimentCount - p.sentimentSum) },
    weight,
  );
}

function addFeedback(tally: Tally, answer: FeedbackTally, weight: number, trust: TrustOptions): void {
  const { feedback } = tally.components;
  feedback.answers += answer.answers;
  tally.scoreSum += answer.scoreSum;
  const quarter = trust.feedbackWeight / 4;
  addEvidence(
    feedback,
    { r: quarter * (answer.scoreSum - answer.answers), s: quarter * (5 * answer.answers - answer.scoreSum) },
    weight,
  );
}

function toTrust(key: string, tally: Tally): RelationshipTrust {
  const { promises, sentiment, feedback } = tally.components;
  sentiment.mean = share(tally.sentimentSum, sentiment.count);
  feedback.meanScore = share(tally.scoreSum, feedback.answers);
  const total = { r: 0, s: 0 };
  for (const part of [promises, sentiment, feedback]) addEvidence(total, part);
  return {
    key,
    a: tally.a,
    b: tally.b,
    ...betaTrust(total),
    promiseTrust: betaTrust({ r: promises.r, s: promises.s }),
    components: tally.components,
  };
}
