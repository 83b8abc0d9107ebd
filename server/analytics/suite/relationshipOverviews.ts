/**
 * Each business–provider relationship (SERVES) with everything Trellis knows of it, joined by unit pair:
 * purpose and target, maturity (assessed, indicated, gaps), trust with its evidence, and the macro cycle
 * (stage and series), and value (planned against realised benefit, the leakage). What the relationships dashboard shows and the write-back stores on SERVES.
 */
import type { EngagementMetrics } from '../engagement.ts';
import type { MacroRelationship } from '../macro/index.ts';
import type { RelationshipMaturity } from '../maturity/index.ts';
import { pairKey } from '../relationship.ts';
import type { RelationshipTrust } from '../trust/index.ts';
import type { RelationshipValue } from '../value/index.ts';

export interface RelationshipOverview {
  key: string;
  maturity: RelationshipMaturity;
  trust: RelationshipTrust | undefined;
  /** Absent when the two units never engaged in the history read. */
  macro: MacroRelationship | undefined;
  /** Absent when the relationship has no initiative. */
  value: RelationshipValue | undefined;
}

export function relationshipOverviews(engagement: EngagementMetrics): RelationshipOverview[] {
  const trust = new Map(engagement.trust.relationships.map((t) => [t.key, t]));
  const macro = new Map(engagement.macro.relationships.map((m) => [m.key, m]));
  const value = new Map(engagement.value.relationships.map((v) => [v.key, v]));
  return engagement.maturity.relationships.map((maturity) => {
    const key = pairKey(maturity.providerId, maturity.departmentId);
    return { key, maturity, trust: trust.get(key), macro: macro.get(key), value: value.get(key) };
  });
}
