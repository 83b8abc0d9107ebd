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
  /** Engages almost only inside itself; no BRM; most providers never engaged. */
  isolatedDepartment: string;
  /** The one person through whom the department reaches IT (and everyone else). */
  broker: { personId: string; departmentId: string; providerId: string };
  /** Volume and breadth rising over the last nine months. */
  growingRelationship: RelationshipRef;
  /** Volume and breadth falling over the last nine months, still active in the last month. */
  decliningRelationship: RelationshipRef;
  /** Most negotiated promises late or missed. */
  promiseBreakingProvider: string;
  /** Reactive support and transactions started by the business; assessed maturity lowest. */
  orderTakerRelationship: RelationshipRef;
  /** Monthly planning with leaders of both sides, promises kept; assessed maturity highest. */
  strategicPartnerRelationship: RelationshipRef;
}
