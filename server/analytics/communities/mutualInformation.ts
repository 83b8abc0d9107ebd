/**
 * Normalised mutual information between two partitions of the same people, e.g. detected communities against
 * formal units: 1 = the same grouping (up to labels), 0 = independent.
 *
 * NMI(A, B) = I(A; B) / mean(H(A), H(B)) with the *arithmetic* mean — scikit-learn's default
 * (`normalized_mutual_info_score`, average_method='arithmetic'; Vinh, Epps & Bailey 2010 call it NMI_sum);
 * natural logarithms (the base cancels). Computed over the nodes labelled in both partitions; how many were
 * left out is reported. As scikit-learn: two single-group partitions (H(A) = H(B) = 0) agree perfectly, NMI = 1;
 * NMI is null when no node is labelled in both.
 */
import { groupIndex, type Partition } from './partition.ts';

export interface MutualInformationResult {
  metric: 'normalised-mutual-information';
  value: number | null;
  options: { normalisation: 'arithmetic' };
  inputs: {
    /** Nodes labelled in both partitions (the ones compared). */
    nodes: number;
    onlyInA: number;
    onlyInB: number;
    groupsA: number;
    groupsB: number;
    /** In nats. */
    mutualInformation: number;
    entropyA: number;
    entropyB: number;
  };
}

export function normalisedMutualInformation(a: Partition, b: Partition): MutualInformationResult {
  const common = Object.keys(a).filter((node) => b[node] !== undefined);
  const ga = groupIndex(common, a);
  const gb = groupIndex(common, b);
  const n = common.length;
  const countA = new Float64Array(ga.labels.length);
  const countB = new Float64Array(gb.labels.length);
  const joint = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const [x, y] = [ga.groupOf[i]!, gb.groupOf[i]!];
    countA[x]! += 1;
    countB[y]! += 1;
    const cell = x * gb.labels.length + y;
    joint.set(cell, (joint.get(cell) ?? 0) + 1);
  }
  let mutual = 0;
  for (const [cell, count] of joint) {
    const [x, y] = [Math.floor(cell / gb.labels.length), cell % gb.labels.length];
    mutual += (count / n) * Math.log((count * n) / (countA[x]! * countB[y]!));
  }
  const [entropyA, entropyB] = [entropy(countA, n), entropy(countB, n)];
  const mean = (entropyA + entropyB) / 2;
  const value = n === 0 ? null : mean === 0 ? 1 : Math.max(0, mutual) / mean;
  return {
    metric: 'normalised-mutual-information',
    value,
    options: { normalisation: 'arithmetic' },
    inputs: {
      nodes: n,
      onlyInA: Object.keys(a).length - n,
      onlyInB: Object.keys(b).length - n,
      groupsA: ga.labels.length,
      groupsB: gb.labels.length,
      mutualInformation: mutual,
      entropyA,
      entropyB,
    },
  };
}

function entropy(counts: Float64Array, n: number): number {
  let h = 0;
  for (const count of counts) if (count > 0) h -= (count / n) * Math.log(count / n);
  return h;
}
