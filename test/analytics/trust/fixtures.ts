/** Hand-made relationship trusts for the reputation tests. */
import { betaTrust, type RelationshipTrust } from '../../../server/analytics/trust/index.ts';

export function trustOf(a: string, b: string, value: number, evidence: number): RelationshipTrust {
  const zero = { r: 0, s: 0 };
  return {
    key: `${a}|${b}`,
    a,
    b,
    r: value * evidence,
    s: (1 - value) * evidence,
    value,
    evidence,
    promiseTrust: betaTrust(zero),
    components: {
      promises: { ...zero, kept: 0, late: 0, missed: 0 },
      sentiment: { ...zero, count: 0, mean: null },
      feedback: { ...zero, answers: 0, meanScore: null },
    },
  };
}
