/**
 * The load rises after a removal, estimated source by source instead of recomputing all of betweenness.
 * Brandes (2001) sums each source's dependencies δ_s(v); with R removed, on an undirected graph (unordered pairs,
 * so ½ of the ordered sums):
 *
 *   rise(v) = ½ Σ_{s ∉ R} (δ'_s(v) − δ_s(v)) − ½ Σ_{s ∈ R} δ_s(v)
 *
 * (δ' on the graph without R). The second sum is exact (|R| traversals). The first is estimated from a uniform
 * sample S of the sources left, each traversed on both graphs: sources the removal does not touch add nothing,
 * so the difference needs far fewer sources than betweenness itself (Brandes & Pich 2007 sample sources the same
 * way). The error is stated from the spread of the kernel's blocks (batch means, normal approximation at 90%).
 */
import type { TieGraph } from '../centrality/index.ts';
import { sampleSources } from '../centrality/approximateBetweenness.ts';
import { csrOf } from '../centrality/csr.ts';
import { allSources } from '../centrality/result.ts';
import { runBlocks, sumBlocks } from '../centrality/pool.ts';

export interface RiseEstimate {
  /** Person pairs whose shortest paths run through each person: after − before (estimated). */
  rises: Map<string, number>;
  samples: number;
  sources: number;
  /** Half-width of the 90% interval of the largest rises (in person pairs). */
  bound: number;
}

export async function estimateRises(
  before: TieGraph,
  after: TieGraph,
  removed: ReadonlySet<string>,
  options: { samples: number; seed?: number; top?: number },
): Promise<RiseEstimate> {
  const [was, is] = [csrOf(before), csrOf(after)];
  const left = is.nodes; // every node left is a source of the first sum
  const chosen = sample(left.length, options.samples, options.seed ?? 1);
  const wasIndex = new Map(was.nodes.map((id, i) => [id, i]));
  const sourcesWas = Int32Array.from(chosen, (i) => wasIndex.get(left[i]!)!);
  const task = { kind: 'betweenness', weighted: true } as const;
  const [runWas, runIs] = [await runBlocks(was, task, sourcesWas), await runBlocks(is, task, chosen)];
  const gone = Int32Array.from(
    [...removed].filter((id) => wasIndex.has(id)),
    (id) => wasIndex.get(id)!,
  );
  const exact = gone.length ? sumBlocks((await runBlocks(was, task, gone)).blocks, was.order) : null;
  const scale = left.length / chosen.length;
  const perBlock = runIs.blocks.map((block, b) =>
    left.map((id, i) => block[i]! - runWas.blocks[b]![wasIndex.get(id)!]!),
  );
  const rises = new Map<string, number>();
  left.forEach((id, i) => {
    const sampled = perBlock.reduce((sum, block) => sum + block[i]!, 0);
    rises.set(id, 0.5 * (scale * sampled - (exact?.[wasIndex.get(id)!] ?? 0)));
  });
  const top = [...rises.entries()].sort((a, b) => b[1] - a[1]).slice(0, options.top ?? 10);
  const bound = Math.max(0, ...top.map(([id]) => halfWidth(perBlock, left.indexOf(id), scale)));
  return { rises, samples: chosen.length, sources: left.length, bound };
}

/** 90% half-width of ½ · scale · Σ_blocks from the blocks' spread (0 when every source was used). */
function halfWidth(perBlock: number[][], i: number, scale: number): number {
  const k = perBlock.length;
  if (scale === 1 || k < 2) return 0;
  const values = perBlock.map((block) => block[i]!);
  const mean = values.reduce((a, b) => a + b, 0) / k;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1);
  return 0.5 * scale * 1.645 * Math.sqrt(k * variance);
}

/** `count` of `order` indices, uniformly without replacement, sorted (seeded: answers repeat); all when fewer. */
function sample(order: number, count: number, seed: number): Int32Array {
  return count >= order ? allSources(order) : sampleSources(order, count, seed);
}
