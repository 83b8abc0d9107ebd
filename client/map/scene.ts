/** What one frame of the map shows, and which part of the layout the viewport holds. */
import type { ZoomTransform } from 'd3';
import type { Batches } from './batches.ts';
import type { MapLink, MapModel, MapNode } from './types.ts';

export interface Scene {
  model: MapModel;
  batches: Batches;
  transform: ZoomTransform;
  /** CSS pixels. */
  width: number;
  height: number;
  pixelRatio: number;
  selected: MapNode | null;
  hovered: MapNode | null;
  /** The tie under the pointer (drawn over the rest), if any. */
  hoveredTie?: MapLink | null;
  emphasis: Set<MapNode> | null;
  /** Some node is fading in or out (transition.ts): draw nodes one by one where needed. */
  fading: boolean;
  /**
   * The map is moving (layout, drag, pan or zoom): draw less — the strongest ties only, no node outlines, no
   * labels but the hovered and selected — so frames keep coming; the next frame at rest draws everything.
   */
  moving: boolean;
}

export interface View {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  k: number;
}

/** The visible rectangle in layout coordinates. */
export function viewOf(scene: Pick<Scene, 'transform' | 'width' | 'height'>): View {
  const t = scene.transform;
  return {
    x0: -t.x / t.k,
    y0: -t.y / t.k,
    x1: (scene.width - t.x) / t.k,
    y1: (scene.height - t.y) / t.k,
    k: t.k,
  };
}

export function nodeVisible(node: MapNode, view: View): boolean {
  const r = node.radius + 4 / view.k;
  return node.x + r >= view.x0 && node.x - r <= view.x1 && node.y + r >= view.y0 && node.y - r <= view.y1;
}

export function linkVisible(link: MapLink, view: View): boolean {
  const { source: a, target: b } = link;
  return !(
    (a.x < view.x0 && b.x < view.x0) ||
    (a.x > view.x1 && b.x > view.x1) ||
    (a.y < view.y0 && b.y < view.y0) ||
    (a.y > view.y1 && b.y > view.y1)
  );
}
