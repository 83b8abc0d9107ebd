import type { GovernanceTruth } from './governancePlants.ts';

/** What the generator planted, written beside the data as ground-truth.json; the analytics tests assert it. */
export interface RelationshipRef {
  providerId: string;
  departmentId: string;
}

export interface GroundTruth {
  size: string;
  seed: number;
  /** First moment of the history and its exclusive end (ISO). */
  historyStart: string;
  historyEnd: string;
  itProviderId: string;
  /** IT's service desk, a sub-unit of IT (parentId) that takes the support tickets. */
  itServiceDeskId: string;
  /** First moment of the months over which the growing and declining relationships trend (ISO). */
  trendStart: string;
  /** Engages almost only inside itself; no BRM; most providers never engaged. */
  isolatedDepartment: string;
  /** The one person through whom the department reaches IT (and everyone else). */
  broker: { personId: string; departmentId: string; providerId: string };
  /** Volume and breadth (people on both sides) rising steadily from trendStart. */
  growingRelationship: RelationshipRef;
  /** Volume and breadth falling steadily from trendStart, still active in the last month. */
  decliningRelationship: RelationshipRef;
  /** Most negotiated promises late or missed. */
  promiseBreakingProvider: string;
  /** Reactive support and transactions started by the business; assessed maturity lowest. */
  orderTakerRelationship: RelationshipRef;
  /** Monthly planning with leaders of both sides, promises kept; assessed maturity highest. */
  strategicPartnerRelationship: RelationshipRef;
  /** Named for advice by many in the survey (seed/survey.ts), engaged like anyone else: central only in what people say. */
  adviceHub: { personId: string; surveyAt: string };
  /** Realises about a quarter of its initiatives' planned benefit (seed/value.ts): the largest value leakage. */
  leakingRelationship: RelationshipRef;
  /** An order-taker and a strategic-partner BRM, and a relationship without provider feedback (seed/governancePlants.ts). */
  governance: GovernanceTruth;
  /** An introduction marked taken before the growing months (seed/plantedAction.ts), and how it should read. */
  followedAction: PlantedAction;
}

/** An action as POST /api/actions takes it, with who took it and which way its metric should move. */
export interface PlantedAction {
  kind: 'introduction';
  metric: 'stage';
  relationship: RelationshipRef;
  units: string[];
  people: [string, string];
  /** ISO date. */
  takenAt: string;
  /** The BRM who took it (their token names them). */
  takenBy: string | null;
  expected: 'better';
}
