/**
 * How introductions are ranked (README, "Introductions"): structural gain first, feasibility second.
 *
 *   priority = effect × (1 + likelihood + ½ · roles)
 *
 * - effect: what the tie would change — the drop of the unit's isolation score (silos/isolation.ts, in [0, 1])
 *   plus, for each person the unit hangs on alone, the share of the units they alone connect it to that the tie
 *   would reach without them (1 = the broker no longer alone). A tie with no effect is redundant in Burt's
 *   (1992) sense and is not proposed at all.
 * - likelihood: the pair's Adamic–Adar score over the best score among the candidates (0 without common
 *   contacts): an introduction through people both know is the one that takes.
 * - roles: the BRM of the unit on the other side, a BRM, or leaders on both sides (each counts once).
 *
 * Each person appears at most `perPerson` times, so the list offers different bridges, not one person's
 * contacts ten times over.
 */
export interface Ranked {
  a: string;
  b: string;
  effect: number;
  adamicAdar: number;
  roles: string[];
}

export interface RankOptions {
  limit: number;
  perPerson: number;
}

export function rankIntroductions<T extends Ranked>(
  candidates: T[],
  options: RankOptions,
): Array<T & { priority: number }> {
  const best = candidates.reduce((max, c) => Math.max(max, c.adamicAdar), 0);
  const scored = candidates
    .filter((c) => c.effect > 1e-9)
    .map((c) => ({
      ...c,
      priority: c.effect * (1 + (best > 0 ? c.adamicAdar / best : 0) + 0.5 * c.roles.length),
    }))
    .sort((x, y) => y.priority - x.priority || cmp(x.a, y.a) || cmp(x.b, y.b));
  const used = new Map<string, number>();
  const chosen: Array<T & { priority: number }> = [];
  for (const candidate of scored) {
    if (chosen.length >= options.limit) break;
    if ((used.get(candidate.a) ?? 0) >= options.perPerson) continue;
    if ((used.get(candidate.b) ?? 0) >= options.perPerson) continue;
    used.set(candidate.a, (used.get(candidate.a) ?? 0) + 1);
    used.set(candidate.b, (used.get(candidate.b) ?? 0) + 1);
    chosen.push(candidate);
  }
  return chosen;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
