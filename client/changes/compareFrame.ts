/**
 * What the What changed map draws: ties in their change's colour (steady ones faint beneath), width by the
 * larger of the two rates; units in one neutral colour, ringed when isolated in the second period. A selected
 * change keeps its units (and for one unit, its ties and neighbours) and fades the rest; the pair's tie is
 * drawn again on top, wider, with both units ringed.
 */
import type { Batches, LinkBatch, NodeBatch } from '../map/batches.ts';
import { otherEnd, type MapLink, type MapNode } from '../map/types.ts';
import { edgeWidthScale, SELECTION } from '../theme.ts';
import { CHANGES, type Change } from './changeColours.ts';
import type { CompareModel } from './compareModel.ts';
import type { Frame } from './frameCanvas.ts';

const ALPHA = { change: 1, steady: 0.35, faded: 0.07, fadedNode: 0.18 } as const;
/** Changed ties are at least this wide (screen pixels), so their colour shows. */
const MIN_CHANGE_WIDTH = 2.5;

export function compareFrame(data: CompareModel, selection: string[]): Frame {
  const { model, pairOf } = data;
  const chosen = selection.map((id) => model.byId.get(id)).filter((node): node is MapNode => !!node);
  const pairTie = chosen.length === 2 ? data.tieBetween(chosen[0]!.id, chosen[1]!.id) : undefined;
  const keptTies = new Set<MapLink>(
    pairTie ? [pairTie] : chosen.length === 1 ? (model.ties.get(chosen[0]!) ?? []) : [],
  );
  const emphasis = chosen.length ? new Set(chosen) : null;
  if (emphasis && chosen.length === 1) for (const tie of keptTies) emphasis.add(otherEnd(tie, chosen[0]!));
  const maxRate = Math.max(1e-9, ...model.links.map((link) => link.data.weight));
  const width = edgeWidthScale([0, maxRate]);
  const links = new Map<string, LinkBatch>();
  for (const link of model.links) {
    const change = pairOf.get(link)!.change;
    link.width =
      change === 'steady' ? width(link.data.weight) : Math.max(MIN_CHANGE_WIDTH, width(link.data.weight));
    const quantised = Math.round(link.width * 4) / 4;
    const faded = emphasis !== null && !keptTies.has(link);
    const alpha = faded ? ALPHA.faded : change === 'steady' ? ALPHA.steady : ALPHA.change;
    const key = `${change}|${quantised}|${alpha}`;
    let batch = links.get(key);
    if (!batch) links.set(key, (batch = { colour: link.colour, width: quantised, alpha, links: [] }));
    batch.links.push(link);
  }
  const rank = (batch: LinkBatch) => CHANGES.indexOf(changeOf(data, batch));
  const linkBatches = [...links.values()].sort(
    (a, b) => a.alpha - b.alpha || rank(b) - rank(a) || a.width - b.width,
  );
  const batches: Batches = {
    links: linkBatches,
    nodes: nodeBatches(model.nodes, emphasis),
    flagged: model.nodes.filter((node) => node.data.flags.length > 0 && (!emphasis || emphasis.has(node))),
    motionMinWidth: 0,
  };
  const overlay = pairTie && ((ctx: CanvasRenderingContext2D, k: number) => highlight(ctx, k, pairTie));
  return { batches, selected: chosen[0] ?? null, emphasis, ...(overlay && { overlay }) };
}

function changeOf(data: CompareModel, batch: LinkBatch): Change {
  return data.pairOf.get(batch.links[0]!)!.change;
}

function nodeBatches(nodes: MapNode[], emphasis: Set<MapNode> | null): NodeBatch[] {
  const colour = nodes[0]?.colour ?? '#000';
  const kept = nodes.filter((node) => !emphasis || emphasis.has(node));
  const faded = nodes.filter((node) => emphasis && !emphasis.has(node));
  return [
    { colour, alpha: ALPHA.fadedNode, nodes: faded },
    { colour, alpha: 1, nodes: kept },
  ].filter((batch) => batch.nodes.length > 0);
}

/** The selected pair: its tie wider on top, and a ring round each of its two units. */
function highlight(ctx: CanvasRenderingContext2D, k: number, tie: MapLink): void {
  ctx.lineCap = 'round';
  ctx.globalAlpha = 1;
  ctx.strokeStyle = tie.colour;
  ctx.lineWidth = (tie.width + 3) / k;
  ctx.beginPath();
  ctx.moveTo(tie.source.x, tie.source.y);
  ctx.lineTo(tie.target.x, tie.target.y);
  ctx.stroke();
  ctx.strokeStyle = SELECTION;
  ctx.lineWidth = 3 / k;
  for (const node of [tie.source, tie.target]) {
    ctx.fillStyle = node.colour; // the units again over their tie's ends
    ctx.beginPath();
    ctx.arc(node.x, node.y, node.radius, 0, 2 * Math.PI);
    ctx.fill();
    ctx.beginPath();
    ctx.arc(node.x, node.y, node.radius + 5 / k, 0, 2 * Math.PI);
    ctx.stroke();
  }
}
