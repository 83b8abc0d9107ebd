/** What every centrality result shares: values per node key, and the options that produced them. */

export type NodeValues = Record<string, number>;

export interface CentralityResult<Metric extends string, Options> {
  metric: Metric;
  /** One value per node key. */
  values: NodeValues;
  /** The options used, defaults filled in. */
  options: Options;
}

/** Node values from an array indexed like the CSR view's `nodes`. */
export function byNode(nodes: readonly string[], values: ArrayLike<number>): NodeValues {
  const record: NodeValues = {};
  for (let i = 0; i < nodes.length; i++) record[nodes[i]!] = values[i]!;
  return record;
}

export function allSources(order: number): Int32Array {
  return Int32Array.from({ length: order }, (_, i) => i);
}
