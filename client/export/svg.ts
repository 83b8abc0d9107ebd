/**
 * The current map view as an SVG document: the same batches, colours, widths, rings and labels as the canvas,
 * under the same zoom transform, cropped to the same viewport. Text is escaped; nothing is scripted.
 */
import { BACKGROUND, INK, SELECTION } from '../theme.ts';
import { labelledNodes, labelOpacity } from '../map/labels.ts';
import type { Scene } from '../map/scene.ts';

const round = (value: number) => Math.round(value * 100) / 100;

export function sceneToSvg(scene: Scene, title: string): string {
  const { width, height } = scene;
  return [svgOpen(width, height, title), ...mapParts(scene), '</svg>'].join('\n');
}

export function svgOpen(width: number, height: number, title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${BACKGROUND}"/>`,
  ].join('\n');
}

/** The map itself in its own coordinates (0,0 to width,height): ties, nodes, rings, labels. */
export function mapParts(scene: Scene): string[] {
  const t = scene.transform;
  return [
    `<g transform="translate(${round(t.x)},${round(t.y)}) scale(${t.k})">`,
    ...linkPaths(scene),
    ...nodeCircles(scene),
    ...rings(scene),
    '</g>',
    ...labels(scene),
  ];
}

function linkPaths(scene: Scene): string[] {
  return scene.batches.links.map((batch) => {
    const d = batch.links
      .map((l) => `M${round(l.source.x)} ${round(l.source.y)}L${round(l.target.x)} ${round(l.target.y)}`)
      .join('');
    const width = round(batch.width / scene.transform.k);
    return `<path d="${d}" fill="none" stroke="${batch.colour}" stroke-opacity="${batch.alpha}" stroke-width="${width}" stroke-linecap="round"/>`;
  });
}

function nodeCircles(scene: Scene): string[] {
  return scene.batches.nodes.map((batch) => {
    const circles = batch.nodes
      .map((n) => `<circle cx="${round(n.x)}" cy="${round(n.y)}" r="${round(n.radius)}"/>`)
      .join('');
    return `<g fill="${batch.colour}" fill-opacity="${batch.alpha}">${circles}</g>`;
  });
}

function rings(scene: Scene): string[] {
  const k = scene.transform.k;
  const ring = (x: number, y: number, r: number, colour: string, width: number) =>
    `<circle cx="${round(x)}" cy="${round(y)}" r="${round(r)}" fill="none" stroke="${colour}" stroke-width="${round(width / k)}"/>`;
  const flagged = scene.batches.flagged
    .filter((n) => !scene.emphasis || scene.emphasis.has(n))
    .map((n) => ring(n.x, n.y, n.radius + 2 / k, INK, 1.5));
  const selected = scene.selected
    ? [ring(scene.selected.x, scene.selected.y, scene.selected.radius + 5 / k, SELECTION, 3)]
    : [];
  return [...flagged, ...selected];
}

function labels(scene: Scene): string[] {
  const t = scene.transform;
  return labelledNodes(scene).map(({ node, y: top }) => {
    const x = round(t.applyX(node.x));
    const y = round(top);
    return `<text x="${x}" y="${y}" text-anchor="middle" dominant-baseline="hanging" fill="${INK}" fill-opacity="${labelOpacity(scene, node)}" stroke="${BACKGROUND}" stroke-width="3" paint-order="stroke">${escapeXml(node.data.label)}</text>`;
  });
}

/** Escapes markup characters and drops the control characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
  );
}
