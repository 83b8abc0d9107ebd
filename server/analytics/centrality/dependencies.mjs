/**
 * Brandes' dependency accumulation over the shortest-path DAG one search recorded (traversal.mjs):
 * δ_s(v) = σ(v) · Σ over successors w of (1 + δ_s(w)) / σ(w), added to into[v] for every v ≠ s.
 *
 * Brandes (2001), "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2).
 */

/** @import { Workspace } from './workspace.mjs' */

/**
 * From BFS successor lists, in reverse BFS order.
 * @param {number} reached nodes the search settled
 * @param {Float64Array} into
 * @param {Workspace} ws
 */
export function dependenciesFromSuccessors(reached, into, ws) {
  const { sigma, coefficient, visited, arcs, arcEnd } = ws;
  let end = arcEnd[reached - 1];
  for (let k = reached - 1; k >= 0; k--) {
    const start = k > 0 ? arcEnd[k - 1] : 0;
    let sum = 0;
    for (let a = start; a < end; a++) sum += coefficient[arcs[a]];
    end = start;
    const v = visited[k];
    const paths = sigma[v];
    const delta = paths * sum;
    coefficient[v] = (1 + delta) / paths;
    if (k > 0) into[v] += delta;
  }
}

/**
 * The same sums from Dijkstra's predecessor lists: in reverse settle order, each node's Σ over successors is
 * complete (successors settle later), so it is finished and its term added to its predecessors' sums.
 * ws.coefficient holds those running sums and is left zeroed.
 * @param {number} reached nodes the search settled
 * @param {Float64Array} into
 * @param {Workspace} ws
 */
export function dependenciesFromPredecessors(reached, into, ws) {
  const { sigma, coefficient: sums, visited, arcs, arcEnd } = ws;
  let end = arcEnd[reached - 1];
  for (let k = reached - 1; k > 0; k--) {
    const v = visited[k];
    const paths = sigma[v];
    const delta = paths * sums[v];
    sums[v] = 0;
    into[v] += delta;
    const term = (1 + delta) / paths;
    const start = arcEnd[k - 1];
    for (let a = start; a < end; a++) sums[arcs[a]] += term;
    end = start;
  }
  sums[visited[0]] = 0;
}
