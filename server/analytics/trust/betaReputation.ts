/**
 * The Beta reputation system (Jøsang & Ismail 2002, "The Beta Reputation System", 15th Bled Electronic Commerce
 * Conference): with r positive and s negative observations, trust is the mean of Beta(r + 1, s + 1),
 * E = (r + 1) / (r + s + 2). The uniform (1, 1) prior pulls thin evidence toward 0.5: one kept promise gives
 * 2/3, not certainty. Observations fade with age: weight 2^(−age/h) for half-life h (0 = no decay).
 */

export interface Evidence {
  r: number;
  s: number;
}

export interface BetaTrust extends Evidence {
  /** E = (r + 1) / (r + s + 2), in (0, 1). */
  value: number;
  /** r + s: how much the value rests on. */
  evidence: number;
}

export function betaTrust({ r, s }: Evidence): BetaTrust {
  if (!(r >= 0 && s >= 0)) throw new Error('trust/betaReputation: r and s must be ≥ 0');
  return { r, s, value: (r + 1) / (r + s + 2), evidence: r + s };
}

/** 2^(−ageDays / halfLifeDays); 1 when the half-life is 0 (no forgetting). */
export function decay(ageDays: number, halfLifeDays: number): number {
  return halfLifeDays > 0 ? 2 ** (-Math.max(0, ageDays) / halfLifeDays) : 1;
}

export function addEvidence(into: Evidence, more: Evidence, weight = 1): void {
  into.r += weight * more.r;
  into.s += weight * more.s;
}
