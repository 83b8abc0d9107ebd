/** How the map encodes the answer: colour-blind-safe categories with "other", metric sizes, stage colours. */
import { describe, expect, it } from 'vitest';
import { encodingsFor, sizeMetric } from '../../../client/map/encodings.ts';
import { DEFAULT_STATE } from '../../../client/state/state.ts';
import { OTHER_GREY, STAGE_COLOURS, TOL_MUTED, UNIT_KIND_COLOURS } from '../../../client/theme.ts';
import { syntheticAnswer } from '../../support/syntheticGraph.ts';

describe('map encodings', () => {
  it('gives the nine largest units a colour each and the rest one grey', () => {
    const answer = syntheticAnswer({ people: 600 });
    const encodings = encodingsFor(answer, { ...DEFAULT_STATE, colourBy: 'unit' });
    const units = new Set(answer.nodes.map((n) => n.unit));
    expect(units.size).toBeGreaterThan(9);
    expect(encodings.nodeColours.slice(0, 9).map((e) => e.colour)).toEqual([...TOL_MUTED]);
    expect(encodings.nodeColours[9]).toEqual({ label: `${units.size - 9} other units`, colour: OTHER_GREY });
    const count = (unit: string) => answer.nodes.filter((n) => n.unit === unit).length;
    const coloured = answer.nodes
      .filter((n) => encodings.nodeColour(n) !== OTHER_GREY)
      .map((n) => count(n.unit));
    const grey = answer.nodes.filter((n) => encodings.nodeColour(n) === OTHER_GREY).map((n) => count(n.unit));
    expect(Math.min(...coloured)).toBeGreaterThanOrEqual(Math.max(...grey));
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
    expect(byStage.nodeColour(answer.nodes[0]!)).toBe(UNIT_KIND_COLOURS[answer.nodes[0]!.unitKind]);
    const people = encodingsFor({ ...answer, level: 'person' }, { ...DEFAULT_STATE, colourBy: 'stage' });
    expect(people.colourBy).toBe('unitKind');
    expect(people.tieColours).toBeNull();
  });
});
