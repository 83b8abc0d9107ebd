/** Exports of the map as the user sees it: PNG (twice the screen resolution), SVG, and the loaded data as CSV. */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { edgesCsv, nodesCsv } from '../export/csv.ts';
import { sceneToSvg } from '../export/svg.ts';
import { download } from '../shell/dom.ts';
import type { ExportKind } from './controls.ts';
import type { MapCanvas } from './mapCanvas.ts';
import { drawScene } from './renderer.ts';

export async function exportMap(kind: ExportKind, map: MapCanvas, answer: GraphAnswer): Promise<void> {
  const name = `trellis-${answer.level}-${answer.window.key}`;
  if (kind === 'nodes-csv') return download(csvBlob(nodesCsv(answer)), `${name}-nodes.csv`);
  if (kind === 'ties-csv') return download(csvBlob(edgesCsv(answer)), `${name}-ties.csv`);
  const scene = map.scene(2);
  if (!scene) return;
  if (kind === 'svg') {
    const title = `Trellis: ${answer.level} level, ${answer.window.key} to ${answer.window.to.slice(0, 10)}`;
    return download(new Blob([sceneToSvg(scene, title)], { type: 'image/svg+xml' }), `${name}.svg`);
  }
  const canvas = document.createElement('canvas');
  canvas.width = scene.width * scene.pixelRatio;
  canvas.height = scene.height * scene.pixelRatio;
  drawScene(canvas.getContext('2d')!, { ...scene, fading: false });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) download(blob, `${name}.png`);
}

function csvBlob(text: string): Blob {
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}
