/**
 * Exports of the map as the user sees it: PNG (twice the screen resolution) and SVG, each framed with a title,
 * the window, the legend and the privacy note (client/export/frame.ts), and the loaded data as CSV. The legend
 * comes from the same encodings as the one on screen, for the state the link holds.
 */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { framedCanvas } from '../export/canvasFrame.ts';
import { csvBlob, edgesCsv, nodesCsv } from '../export/csv.ts';
import { exportFrame } from '../export/frame.ts';
import { framedSvg } from '../export/framedSvg.ts';
import { download } from '../shell/dom.ts';
import { decodeState } from '../state/url.ts';
import type { ExportKind } from './controls.ts';
import { encodingsFor } from './encodings.ts';
import type { MapCanvas } from './mapCanvas.ts';
import { drawScene } from './renderer.ts';

export async function exportMap(kind: ExportKind, map: MapCanvas, answer: GraphAnswer): Promise<void> {
  const name = `trellis-${answer.level}-${answer.window.key}`;
  if (kind === 'nodes-csv') return download(csvBlob(nodesCsv(answer)), `${name}-nodes.csv`);
  if (kind === 'ties-csv') return download(csvBlob(edgesCsv(answer)), `${name}-ties.csv`);
  const scene = map.scene(2);
  if (!scene) return;
  const frame = exportFrame(answer, encodingsFor(answer, decodeState(window.location.hash)));
  if (kind === 'svg')
    return download(new Blob([framedSvg(scene, frame)], { type: 'image/svg+xml' }), `${name}.svg`);
  const drawn = document.createElement('canvas');
  drawn.width = scene.width * scene.pixelRatio;
  drawn.height = scene.height * scene.pixelRatio;
  drawScene(drawn.getContext('2d')!, { ...scene, fading: false });
  const canvas = framedCanvas({ frame, map: drawn, ...scene });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) download(blob, `${name}.png`);
}
