/** Trust, reputation and reciprocity (DESIGN §3.6). */
export { betaTrust, decay, addEvidence, type BetaTrust, type Evidence } from './betaReputation.ts';
export { DEFAULT_TRUST_OPTIONS, trustOptions, type TrustOptions } from './config.ts';
export {
  relationshipTrust,
  type RelationshipTrust,
  type TrustComponents,
  type TrustEvidenceOptions,
} from './relationshipTrust.ts';
export { unitTrust, type UnitTrust } from './unitTrust.ts';
export { unitReputation, trustGraph, type ReputationOptions, type ReputationResult } from './reputation.ts';
export {
  weightedReciprocity,
  initiationBalances,
  type RelationshipBalance,
  type WeightedReciprocity,
} from './reciprocity.ts';
export {
  loadRelationshipFeedback,
  type FeedbackDimension,
  type FeedbackTally,
} from '../projection/loadRelationshipFeedback.ts';
