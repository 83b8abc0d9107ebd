/**
 * Relationships between units, as the engagement metrics see them: a pair of top-level units keyed a < b, and
 * the initiation balance β that says who starts the exchange (DESIGN §3.4).
 */

/** The key of an unordered unit (or person) pair: the two ids sorted, joined by '|'. */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/**
 * Initiation balance β = (a − b) / (a + b) ∈ [−1, 1] from the engagements each side started: 0 is balanced,
 * ±1 one-way (near +1 = side a always asks: the order-taker flow when a is the business). Null without any
 * initiation.
 */
export function initiationBalance(byA: number, byB: number): number | null {
  const total = byA + byB;
  return total > 0 ? (byA - byB) / total : null;
}
