/**
 * Engagement metrics as unit table columns: a provider's pooled trust (with its evidence) and every unit's
 * reputation, so the explorer can size units by them and analysts can query them as properties.
 */
import type { EngagementMetrics } from '../engagement.ts';
import type { NullableTable } from './networkTables.ts';

export function engagementUnitTable(engagement: EngagementMetrics): NullableTable {
  const trust: Record<string, number> = {};
  const evidence: Record<string, number> = {};
  for (const unit of engagement.trust.units) {
    trust[unit.unit] = unit.value;
    evidence[unit.unit] = unit.evidence;
  }
  return { trust, trustEvidence: evidence, reputation: engagement.reputation.values };
}
