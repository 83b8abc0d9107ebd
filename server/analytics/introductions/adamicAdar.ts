/**
 * Adamic–Adar link prediction (Adamic & Adar 2003, "Friends and neighbors on the Web", Social Networks
 * 25(3):211–230; Liben-Nowell & Kleinberg 2007 found it among the best predictors of new ties): for a pair
 * (x, y), Σ over common contacts w of 1 / log(degree(w)). Many shared contacts make an introduction likely to
 * take, and a contact who knows few people counts more than one who knows everyone. A common contact has
 * degree ≥ 2, so the logarithm is positive.
 */
import type { PersonGraph } from '../graphs.ts';

export interface CommonContacts {
  score: number;
  /** The common contacts, most telling (lowest degree) first. */
  via: string[];
}

/** Every person two steps from x (and not x), with the pair's Adamic–Adar score and the contacts between. */
export function adamicAdarFrom(persons: PersonGraph, x: string): Map<string, CommonContacts> {
  const out = new Map<string, CommonContacts>();
  persons.forEachNeighbor(x, (w) => {
    const degree = persons.degree(w);
    if (degree < 2) return;
    const weight = 1 / Math.log(degree);
    persons.forEachNeighbor(w, (y) => {
      if (y === x) return;
      const entry = out.get(y) ?? { score: 0, via: [] };
      entry.score += weight;
      entry.via.push(w);
      out.set(y, entry);
    });
  });
  for (const entry of out.values())
    entry.via.sort((a, b) => persons.degree(a) - persons.degree(b) || (a < b ? -1 : 1));
  return out;
}
