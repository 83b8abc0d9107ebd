/**
 * The Louvain method on typed arrays: the moves of graphology-communities-louvain (undirected, fast local
 * moves, each level's sweep starting at a random node), made in the same order with the same arithmetic, so a
 * seed gives the same communities as that package. Its index keeps each level's induced graph in objects keyed
 * by community number, which cost a window of `l` (20,000 people, 180,000 ties) about 0.5 s; here every level
 * is arrays. The package stays the reference in test/analytics/communities/louvainMethod.test.ts.
 *
 * The rules copied, each of which decides a move or the order of later ones:
 * - a node's ties are listed in reverse edge order (the index fills each node's slots from the end);
 * - neighbouring communities are weighed in the order they are first met among those ties, and a gain within
 *   1e-10 of the best goes to the higher community number unless the best is the node's own community;
 * - a node whose best gain is negative is isolated in the community last emptied;
 * - a moved node queues its neighbours outside its new community, each at most once at a time;
 * - the induced graph numbers communities as first met in node order and lists each one's neighbours by
 *   increasing number, their weights summed in node order.
 */
import type { EdgeColumns } from '../graphColumns.ts';

export interface LouvainMethodOptions {
  resolution: number;
  /** Use the ties' weights (otherwise every tie weighs 1). */
  weighted: boolean;
  /** Uniform in [0, 1): where each level's sweep starts. */
  random: () => number;
}

/** A level of the method: its nodes (communities of the level below) and their ties, with the current moves. */
interface Level {
  /** Nodes of this level. */
  count: number;
  /** Total tie weight of the original graph (M). */
  total: number;
  starts: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  loops: Float64Array;
  /** Community of each node. */
  community: Int32Array;
  /** Nodes in each community. */
  members: Int32Array;
  /** Sum of the degrees (loops included) in each community. */
  strength: Float64Array;
  /** Communities emptied by moves, the last emptied on top. */
  unused: Int32Array;
  unusedCount: number;
  /** Each original node's community at this level. */
  mapping: Int32Array;
}

/** What the moves of a level reuse: the sums, the queue and the last choice (no allocation per node). */
interface Scratch {
  sums: NeighbourSums;
  queue: QueueSet;
  community: number;
  gain: number;
}

const EPSILON = 1e-10;

/** Each node's community (numbered by the method; the caller renumbers), in the order of `columns.nodes`. */
export function louvainCommunities(columns: EdgeColumns, options: LouvainMethodOptions): Int32Array {
  const nodes = columns.nodes.length;
  if (columns.source.length === 0) return Int32Array.from({ length: nodes }, (_, n) => n);
  const level = firstLevel(columns, options.weighted);
  const scratch: Scratch = {
    sums: new NeighbourSums(nodes),
    queue: new QueueSet(nodes),
    community: 0,
    gain: 0,
  };
  while (moveNodes(level, options, scratch)) zoomOut(level);
  return level.mapping;
}

function firstLevel(columns: EdgeColumns, weighted: boolean): Level {
  const { source, target } = columns;
  const count = columns.nodes.length;
  const starts = new Int32Array(count + 1);
  for (let k = 0; k < source.length; k++) {
    if (source[k] === target[k]) continue;
    starts[source[k]!]! += 1;
    starts[target[k]!]! += 1;
  }
  for (let n = 1; n < count; n++) starts[n]! += starts[n - 1]!; // each node's end; filled from there down
  const ties = count > 0 ? starts[count - 1]! : 0;
  const level: Level = {
    count,
    total: 0,
    starts,
    neighbours: new Int32Array(ties),
    weights: new Float64Array(ties),
    loops: new Float64Array(count),
    community: Int32Array.from({ length: count }, (_, n) => n),
    members: new Int32Array(count).fill(1),
    strength: new Float64Array(count),
    unused: new Int32Array(count),
    unusedCount: 0,
    mapping: Int32Array.from({ length: count }, (_, n) => n),
  };
  for (let k = 0; k < source.length; k++) {
    const s = source[k]!;
    const t = target[k]!;
    const weight = weighted ? columns.weight[k]! : 1;
    level.total += weight;
    if (s === t) {
      level.strength[s]! += weight * 2;
      level.loops[s] = weight * 2;
      continue;
    }
    level.strength[s]! += weight;
    level.strength[t]! += weight;
    const atSource = --starts[s]!;
    const atTarget = --starts[t]!;
    level.neighbours[atSource] = t;
    level.neighbours[atTarget] = s;
    level.weights[atSource] = weight;
    level.weights[atTarget] = weight;
  }
  starts[count] = ties;
  return level;
}

/** One level's local moves until none improves the modularity; whether any node moved. */
function moveNodes(level: Level, options: LouvainMethodOptions, scratch: Scratch): boolean {
  const { starts, neighbours, weights, community } = level;
  const { sums, queue } = scratch;
  const count = level.count;
  let moved = false;
  let start = Math.floor(options.random() * count);
  for (let s = 0; s < count; s++, start++) queue.enqueue(start % count);
  while (queue.size > 0) {
    const node = queue.dequeue();
    const own = community[node]!;
    let degree = 0;
    sums.clear();
    for (let p = starts[node]!; p < starts[node + 1]!; p++) {
      degree += weights[p]!;
      sums.add(community[neighbours[p]!]!, weights[p]!);
    }
    choose(level, options.resolution, node, degree, scratch);
    let chosen = scratch.community;
    if (scratch.gain < 0) {
      chosen = isolate(level, node, degree);
      if (chosen === own) continue;
    } else if (chosen === own) continue;
    else move(level, node, degree, chosen);
    moved = true;
    for (let p = starts[node]!; p < starts[node + 1]!; p++)
      if (community[neighbours[p]!] !== chosen) queue.enqueue(neighbours[p]!);
  }
  return moved;
}

/**
 * The neighbouring community with the largest gain, into `choice` (graphology's fastDelta: the gain off by a
 * constant, which no comparison needs).
 */
function choose(level: Level, resolution: number, node: number, degree: number, choice: Scratch): void {
  const { sums } = choice;
  const own = level.community[node]!;
  const d = degree + level.loops[node]!;
  const twiceTotal = 2 * level.total;
  let gain = sums.get(own) - (d * (level.strength[own]! - d) * resolution) / twiceTotal;
  let best = own;
  for (let c = 0; c < sums.size; c++) {
    const other = sums.keys[c]!;
    if (other === own) continue;
    const delta = sums.values[c]! - (d * level.strength[other]! * resolution) / twiceTotal;
    const better = Math.abs(delta - gain) < EPSILON ? best !== own && other > best : delta > gain;
    if (better) {
      gain = delta;
      best = other;
    }
  }
  choice.community = best;
  choice.gain = gain;
}

function move(level: Level, node: number, degree: number, target: number): void {
  const from = level.community[node]!;
  const d = degree + level.loops[node]!;
  level.strength[from]! -= d;
  level.strength[target]! += d;
  level.community[node] = target;
  level.members[from]! -= 1;
  if (level.members[from] === 0) level.unused[level.unusedCount++] = from;
  level.members[target]! += 1;
}

/** Moves the node into the community last emptied (none moves when it is alone already); its community. */
function isolate(level: Level, node: number, degree: number): number {
  const from = level.community[node]!;
  if (level.members[from] === 1) return from;
  const target = level.unused[--level.unusedCount]!;
  move(level, node, degree, target); // `from` keeps members: it is not emptied
  return target;
}

/** Makes each community a node of the next level, its ties to each other community summed into one. */
function zoomOut(level: Level): void {
  const { count, community } = level;
  const renamed = new Int32Array(count).fill(-1);
  let next = 0;
  const strength: number[] = [];
  for (let n = 0; n < count; n++) {
    const c = community[n]!;
    if (renamed[c] === -1) {
      renamed[c] = next++;
      strength.push(level.strength[c]!);
    }
    community[n] = renamed[c]!;
  }
  for (let n = 0; n < level.mapping.length; n++) level.mapping[n] = community[level.mapping[n]!]!;
  const membersOf = nodesByCommunity(community, count, next);
  const sums = new Float64Array(next);
  const met = new Uint8Array(next);
  const starts = new Int32Array(next + 1);
  const neighbours = new Int32Array(level.neighbours.length); // at most as many ties as the level below
  const weights = new Float64Array(level.neighbours.length);
  const loops = new Float64Array(next);
  let listed = 0;
  for (let c = 0; c < next; c++) {
    const first = (starts[c] = listed);
    let inside = 0;
    for (let m = membersOf.starts[c]!; m < membersOf.starts[c + 1]!; m++) {
      const n = membersOf.nodes[m]!;
      inside += level.loops[n]!;
      for (let p = level.starts[n]!; p < level.starts[n + 1]!; p++) {
        const other = community[level.neighbours[p]!]!;
        if (other === c) inside += level.weights[p]!;
        else if (met[other]) sums[other]! += level.weights[p]!;
        else {
          met[other] = 1;
          sums[other] = level.weights[p]!;
          neighbours[listed++] = other;
        }
      }
    }
    neighbours.subarray(first, listed).sort(); // a typed array sorts by number
    for (let k = first; k < listed; k++) {
      weights[k] = sums[neighbours[k]!]!;
      met[neighbours[k]!] = 0;
    }
    loops[c] = inside;
  }
  starts[next] = listed;
  Object.assign(level, {
    count: next,
    starts,
    neighbours: neighbours.slice(0, listed),
    weights: weights.slice(0, listed),
    loops,
    community: Int32Array.from({ length: next }, (_, c) => c),
    members: new Int32Array(next).fill(1),
    strength: Float64Array.from(strength),
    unusedCount: 0,
  });
}

/** The nodes of each community, in node order (a counting sort). */
function nodesByCommunity(community: Int32Array, count: number, communities: number) {
  const starts = new Int32Array(communities + 1);
  for (let n = 0; n < count; n++) starts[community[n]! + 1]!++;
  for (let c = 0; c < communities; c++) starts[c + 1]! += starts[c]!;
  const fill = starts.slice(0, communities);
  const nodes = new Int32Array(count);
  for (let n = 0; n < count; n++) nodes[fill[community[n]!]!++] = n;
  return { starts, nodes };
}

/** Tie weight to each neighbouring community, in the order the communities are first met. */
class NeighbourSums {
  readonly keys: Int32Array;
  readonly values: Float64Array;
  private readonly slot: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.slot = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  add(key: number, weight: number): void {
    const at = this.slot[key]!;
    if (at < this.size && this.keys[at] === key) this.values[at]! += weight;
    else {
      this.slot[key] = this.size;
      this.keys[this.size] = key;
      this.values[this.size++] = weight;
    }
  }

  get(key: number): number {
    const at = this.slot[key]!;
    return at < this.size && this.keys[at] === key ? this.values[at]! : 0;
  }
}

/** First in, first out, each member at most once at a time. */
class QueueSet {
  private readonly ring: Int32Array;
  private readonly queued: Uint8Array;
  private head = 0;
  size = 0;

  constructor(capacity: number) {
    this.ring = new Int32Array(capacity);
    this.queued = new Uint8Array(capacity);
  }

  enqueue(member: number): void {
    if (this.queued[member]) return;
    this.queued[member] = 1;
    this.ring[(this.head + this.size++) % this.ring.length] = member;
  }

  dequeue(): number {
    const member = this.ring[this.head]!;
    this.head = (this.head + 1) % this.ring.length;
    this.size--;
    this.queued[member] = 0;
    return member;
  }
}
