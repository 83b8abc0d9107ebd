/** Exports of the map: CSV that reads back to the loaded data, SVG that is well-formed and shows every node. */
import { parse } from 'csv-parse/sync';
import { DOMParser } from '@xmldom/xmldom';
import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { edgesCsv, nodesCsv } from '../../client/export/csv.ts';
import { toCsv } from '../../server/schema/csv.ts';
import { escapeXml, sceneToSvg } from '../../client/export/svg.ts';
import { buildBatches } from '../../client/map/batches.ts';
import { applyEncodings, encodingsFor } from '../../client/map/encodings.ts';
import { buildModel } from '../../client/map/model.ts';
import { DEFAULT_STATE } from '../../client/state/state.ts';
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { syntheticAnswer } from '../support/syntheticGraph.ts';

function hostileAnswer(): GraphAnswer {
  const answer = syntheticAnswer({ people: 40 });
  answer.nodes[0] = {
    ...answer.nodes[0]!,
    label: '=HYPERLINK("http://x")',
    unitName: 'Sales, "North"\nEast',
  };
  answer.nodes[1] = {
    ...answer.nodes[1]!,
    label: '<b>&Ana</b>',
    flags: [{ flag: 'isolated', reason: 'E-I < -0.6' }],
  };
  answer.nodes[2] = { ...answer.nodes[2]!, metrics: { degree: 0, strength: null } };
  return answer;
}

describe('CSV export', () => {
  it('reads back to the nodes and ties of the answer, metrics included', () => {
    const answer = hostileAnswer();
    const nodes = parse(nodesCsv(answer), { columns: true }) as Array<Record<string, string>>;
    expect(nodes).toHaveLength(answer.nodes.length);
    expect(nodes[1]!.label).toBe('<b>&Ana</b>');
    expect(nodes[1]!.flags).toBe('isolated: E-I < -0.6');
    expect(nodes[0]!.unitName).toBe('Sales, "North"\nEast');
    expect(nodes[2]!.strength).toBe('');
    answer.nodes.forEach((node, i) =>
      expect(Number(nodes[i]!.strength || NaN)).toEqual(node.metrics.strength ?? NaN),
    );
    const ties = parse(edgesCsv(answer), { columns: true }) as Array<Record<string, string>>;
    expect(ties.map((t) => [t.source, t.target, Number(t.weight)])).toEqual(
      answer.edges.map((e) => [e.source, e.target, e.weight]),
    );
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const nodes = parse(nodesCsv(hostileAnswer()), { columns: true }) as Array<Record<string, string>>;
    expect(nodes[0]!.label).toBe(`'=HYPERLINK("http://x")`);
    expect(toCsv([['-1', -1, '@x', '+y']])).toBe(`'-1,-1,'@x,'+y\r\n`);
  });
});

describe('SVG export', () => {
  it('is well-formed XML with one circle per node and the labels escaped', () => {
    const answer = { ...hostileAnswer(), level: 'unit' as const };
    const model = buildModel(answer);
    applyEncodings(model, encodingsFor(answer, DEFAULT_STATE));
    const scene = {
      model,
      batches: buildBatches(model, null),
      transform: zoomIdentity.translate(400, 300),
      width: 800,
      height: 600,
      pixelRatio: 1,
      selected: model.nodes[1]!,
      hovered: null,
      emphasis: null,
      fading: false,
      moving: false,
    };
    const errors: string[] = [];
    const svg = sceneToSvg(scene, 'Trellis <test>');
    const document = new DOMParser({
      onError: (level, message) => void errors.push(`${level}: ${message}`),
    }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const circles = document.getElementsByTagName('circle');
    // one per node, one ring for the flagged node, one for the selection
    expect(circles.length).toBe(answer.nodes.length + 2);
    const labels = Array.from(
      { length: document.getElementsByTagName('text').length },
      (_, i) => document.getElementsByTagName('text').item(i)!.textContent,
    );
    expect(labels).toContain('<b>&Ana</b>');
    expect(document.getElementsByTagName('path').length).toBe(scene.batches.links.length);
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b<c>')).toBe('ab&#60;c&#62;');
  });
});
