/**
 * Trust of a unit (provider-level trust, DESIGN §3.6): the Beta reputation over the evidence of all its
 * relationships pooled — every promise, sentiment and survey answer shared with any other unit — so a provider
 * that breaks promises with many departments is seen as one record, not an average of thin ones.
 */
import { addEvidence, betaTrust, type BetaTrust } from './betaReputation.ts';
import type { RelationshipTrust } from './relationshipTrust.ts';

export interface UnitTrust extends BetaTrust {
  unit: string;
  relationships: number;
  /** Pooled promise evidence alone. */
  promiseTrust: BetaTrust;
  promises: { kept: number; late: number; missed: number };
}

export function unitTrust(relationships: readonly RelationshipTrust[]): UnitTrust[] {
  const pooled = new Map<
    string,
    {
      all: { r: number; s: number };
      promises: { r: number; s: number };
      n: number;
      kept: number;
      late: number;
      missed: number;
    }
  >();
  for (const relationship of relationships) {
    for (const unit of [relationship.a, relationship.b]) {
      let entry = pooled.get(unit);
      if (!entry)
        pooled.set(
          unit,
          (entry = { all: { r: 0, s: 0 }, promises: { r: 0, s: 0 }, n: 0, kept: 0, late: 0, missed: 0 }),
        );
      addEvidence(entry.all, relationship);
      addEvidence(entry.promises, relationship.components.promises);
      entry.n += 1;
      entry.kept += relationship.components.promises.kept;
      entry.late += relationship.components.promises.late;
      entry.missed += relationship.components.promises.missed;
    }
  }
  return [...pooled.entries()].map(([unit, e]) => ({
    unit,
    ...betaTrust(e.all),
    relationships: e.n,
    promiseTrust: betaTrust(e.promises),
    promises: { kept: e.kept, late: e.late, missed: e.missed },
  }));
}
