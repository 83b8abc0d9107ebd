/**
 * Map exports read on their own: the framed SVG is well-formed and carries the title, the window, every legend
 * line of the on-screen encodings (node colours, stage colours, size, width) and the privacy note, with the map
 * clipped beside the legend.
 */
import { DOMParser } from '@xmldom/xmldom';
import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { exportFrame, frameSize, FRAME } from '../../client/export/frame.ts';
import { framedSvg } from '../../client/export/framedSvg.ts';
import { buildBatches } from '../../client/map/batches.ts';
import { applyEncodings, encodingsFor } from '../../client/map/encodings.ts';
import { buildModel } from '../../client/map/model.ts';
import { DEFAULT_STATE } from '../../client/state/state.ts';
import { syntheticAnswer } from '../support/syntheticGraph.ts';

function unitAnswer() {
  const answer = { ...syntheticAnswer({ people: 30 }), level: 'unit' as const };
  answer.window = { key: '90d', from: '2026-08-03T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' };
  answer.privacy = {
    minGroupSize: 5,
    suppressedUnits: 2,
    note: '2 unit(s) with fewer than 5 people are left out, with their ties.',
  };
  answer.edges = answer.edges.map((e, i) => ({ ...e, stage: i % 2 ? 'growing' : 'declining' }));
  return answer;
}

function sceneOf(answer: ReturnType<typeof unitAnswer>, state = DEFAULT_STATE) {
  const model = buildModel(answer);
  const encodings = encodingsFor(answer, state);
  applyEncodings(model, encodings);
  const scene = {
    ...{ model, batches: buildBatches(model, null), transform: zoomIdentity.translate(300, 200) },
    ...{ width: 600, height: 400, pixelRatio: 1, selected: null, hovered: null, emphasis: null },
    ...{ fading: false, moving: false },
  };
  return { scene, encodings };
}

const texts = (svg: string) => {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const nodes = document.getElementsByTagName('text');
  return Array.from({ length: nodes.length }, (_, i) => nodes.item(i)!.textContent ?? '');
};

describe('framed map export', () => {
  it('says the title, the window and the privacy note', () => {
    const answer = unitAnswer();
    const { scene, encodings } = sceneOf(answer);
    const frame = exportFrame(answer, encodings);
    expect(frame.window).toBe('Window 90d: 3 Aug 2026 – 31 Oct 2026');
    const shown = texts(framedSvg(scene, frame));
    expect(shown).toContain('Trellis — the organisation at unit level');
    expect(shown).toContain(frame.window);
    expect(shown).toContain(`Privacy: ${answer.privacy.note}`);
  });

  it('carries every legend entry of the encodings, stage colours included when ties are coloured by stage', () => {
    const answer = unitAnswer();
    const { scene, encodings } = sceneOf(answer, { ...DEFAULT_STATE, colourBy: 'stage' });
    expect(encodings.tieColours?.length).toBeGreaterThan(0);
    const svg = framedSvg(scene, exportFrame(answer, encodings));
    const shown = texts(svg);
    for (const entry of [...encodings.nodeColours, ...encodings.tieColours!]) {
      // a long label ends in an ellipsis so it stays inside the legend column
      const line = entry.label.length > 34 ? `${entry.label.slice(0, 33)}…` : entry.label;
      expect(shown).toContain(line);
      expect(svg).toContain(entry.colour);
    }
    expect(shown).toContain('Tie colour: relationship stage');
    expect(shown).toContain('Tie width: tie strength');
  });

  it('makes room for the legend and the header beside and above the map', () => {
    const answer = unitAnswer();
    const { encodings } = sceneOf(answer);
    const frame = exportFrame(answer, encodings);
    const size = frameSize(frame, 600, 400);
    expect(size.width).toBe(600 + FRAME.legendWidth);
    expect(size.map).toEqual({ x: 0, y: FRAME.header, width: 600, height: 400 });
    expect(size.height).toBeGreaterThanOrEqual(
      FRAME.header + FRAME.pad * 2 + frame.legend.length * FRAME.line,
    );
  });
});
