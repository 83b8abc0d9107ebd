/**
 * Survey feedback: every quarter two business people rate each provider that serves their department on all four
 * dimensions (trust, value, communication, delivery); twice a year both sides rate the relationship's maturity (1–5, about the
 * provider and the department). Planted relationships answer as their pattern implies.
 */
import type { FeedbackRow } from '../server/schema/bundle.ts';
import { MONTHS, iso, momentIn } from './calendar.ts';
import type { Org } from './orgModel.ts';
import type { Rng } from '../server/prng.ts';

const DIMENSIONS = ['trust', 'value', 'communication', 'delivery'] as const;

export function buildFeedback(org: Org, rng: Rng): FeedbackRow[] {
  const rows: FeedbackRow[] = [];
  const add = (row: Omit<FeedbackRow, 'id' | 'comment'>) =>
    rows.push({ id: `f-${String(rows.length + 1).padStart(7, '0')}`, ...row, comment: '' });
  for (const serves of org.serves) {
    const { pulse, maturity } = expectations(org, serves.providerId, serves.departmentId);
    const business = org.members.get(serves.departmentId)!;
    const provider = org.members.get(serves.providerId)!;
    for (let month = 2; month < MONTHS; month += 3) {
      for (let i = 0; i < 2; i++) {
        const personId = rng.pick(business);
        const at = iso(momentIn(month, rng));
        const mood = rng.normal(0, 0.4); // a rater's overall leaning, shared by their answers
        for (const dimension of DIMENSIONS)
          add({
            personId,
            about: [serves.providerId],
            at,
            score: clampScore(pulse(month) + mood + rng.normal(0, 0.4)),
            dimension,
          });
      }
    }
    for (let month = 5; month < MONTHS; month += 6) {
      for (const rater of [
        rng.pick(business),
        org.leaders.get(serves.providerId)![0] ?? rng.pick(provider),
      ]) {
        add({
          personId: rater,
          about: [serves.providerId, serves.departmentId],
          at: iso(momentIn(month, rng)),
          score: clampScore(maturity + rng.int(-1, 1) * 0.5),
          dimension: 'maturity',
        });
      }
    }
  }
  return rows;
}

/** Mean pulse score by month and the maturity level people see in the relationship. */
function expectations(
  org: Org,
  providerId: string,
  departmentId: string,
): { pulse: (month: number) => number; maturity: number } {
  const p = org.planted;
  const is = (pair: { providerId: string; departmentId: string }) =>
    pair.providerId === providerId && pair.departmentId === departmentId;
  if (is(p.strategicPartner)) return { pulse: () => 4.7, maturity: 5 };
  if (is(p.orderTaker)) return { pulse: () => 2.6, maturity: 1.5 };
  if (is(p.declining)) return { pulse: (m) => 3.8 - Math.max(0, m - 8) * 0.15, maturity: 2.5 };
  if (is(p.growing)) return { pulse: (m) => 3.2 + Math.max(0, m - 8) * 0.1, maturity: 3 };
  if (providerId === p.promiseBreakingProvider) return { pulse: () => 1.8, maturity: 2.5 };
  return { pulse: () => 3.6, maturity: 3 };
}

function clampScore(x: number): number {
  return Math.max(1, Math.min(5, Math.round(x)));
}
