/** How the map encodes the answer: colour-blind-safe categories with "other", metric sizes, stage colours. */
import { describe, expect, it } from 'vitest';
import { encodingsFor, sizeMetric } from '../../../client/map/encodings.ts';
import { DEFAULT_STATE } from '../../../client/state/state.ts';
import {
  OTHER_GREY,
  STAGE_COLOURS,
  TOL_MUTED,
  UNIT_KIND_GREYS,
  stableColour,
} from '../../../client/theme.ts';
import { syntheticAnswer } from '../../support/syntheticGraph.ts';

describe('map encodings', () => {
  it('colours each unit by its id, the same in any answer, and names the nine largest in the legend', () => {
    const answer = syntheticAnswer({ people: 600 });
    const encodings = encodingsFor(answer, { ...DEFAULT_STATE, colourBy: 'unit' });
    const units = new Set(answer.nodes.map((n) => n.unit));
    expect(units.size).toBeGreaterThan(9);
    for (const node of answer.nodes) expect(encodings.nodeColour(node)).toBe(stableColour(node.unit));
    expect(encodings.nodeColours.length).toBe(10);
    expect(encodings.nodeColours[9]!.label).toContain(`${units.size - 9} other units`);
    // A filter that leaves out the largest unit changes no other unit's colour.
    const count = (unit: string) => answer.nodes.filter((n) => n.unit === unit).length;
    const largest = [...units].sort((a, b) => count(b) - count(a))[0]!;
    const filtered = { ...answer, nodes: answer.nodes.filter((n) => n.unit !== largest) };
    const again = encodingsFor(filtered, { ...DEFAULT_STATE, colourBy: 'unit' });
    for (const node of filtered.nodes) expect(again.nodeColour(node)).toBe(encodings.nodeColour(node));
    expect(new Set(answer.nodes.map((n) => encodings.nodeColour(n))).size).toBeGreaterThan(5);
    expect(TOL_MUTED).toContain(encodings.nodeColour(answer.nodes[0]!));
    expect(OTHER_GREY).not.toBe(encodings.nodeColour(answer.nodes[0]!));
  });

  it('sizes by the chosen metric, larger values larger, and falls back when the answer lacks it', () => {
    const answer = syntheticAnswer({ people: 100 });
    expect(sizeMetric({ sizeBy: 'betweenness' }, answer.metrics)).toBe('strength');
    expect(sizeMetric({ sizeBy: 'degree' }, answer.metrics)).toBe('degree');
    expect(sizeMetric({ sizeBy: 'none' }, answer.metrics)).toBeNull();
    const encodings = encodingsFor(answer, { ...DEFAULT_STATE, sizeBy: 'degree' });
    const [low, high] = encodings.sizeDomain!;
    expect(encodings.radiusFor(high)).toBeGreaterThan(encodings.radiusFor(low));
    expect(encodings.radiusFor(null)).toBe(encodings.radiusFor(low));
  });

  it('colours ties by stage at unit level only', () => {
    const answer = { ...syntheticAnswer({ people: 50 }), level: 'unit' as const };
    answer.edges[0] = { ...answer.edges[0]!, stage: 'declining' };
    const byStage = encodingsFor(answer, { ...DEFAULT_STATE, colourBy: 'stage' });
    expect(byStage.tieColour(answer.edges[0])).toBe(STAGE_COLOURS.declining);
    expect(byStage.tieColours?.map((e) => e.label)).toContain('Declining');
    // Nodes step back into greys that share no hue with a stage.
    expect(byStage.nodeColour(answer.nodes[0]!)).toBe(UNIT_KIND_GREYS[answer.nodes[0]!.unitKind]);
    expect(Object.values(STAGE_COLOURS)).not.toContain(byStage.nodeColour(answer.nodes[0]!));
    const people = encodingsFor({ ...answer, level: 'person' }, { ...DEFAULT_STATE, colourBy: 'stage' });
    expect(people.colourBy).toBe('unitKind');
    expect(people.tieColours).toBeNull();
  });
});
