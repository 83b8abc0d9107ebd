import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLOUR_BY,
  DEFAULT_STATE,
  LEVELS,
  PERSON_ROLES,
  RELATIONSHIP_SORTS,
  STAGES,
  UNIT_KINDS,
  VIEW_IDS,
  type ExplorerState,
} from '../../client/state/state.ts';
import { decodeState, encodeState } from '../../client/state/url.ts';

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);

const stateArbitrary: fc.Arbitrary<ExplorerState> = fc.record({
  view: fc.constantFrom(...VIEW_IDS),
  level: fc.constantFrom(...LEVELS),
  network: fc.constantFrom('behaviour' as const, 'survey' as const),
  window: fc.integer({ min: 1, max: 9999 }).map((days) => `${days}d`),
  colourBy: fc.constantFrom(...COLOUR_BY),
  sizeBy: fc.option(fc.constantFrom('strength', 'pagerank', 'none', 'egoBreadth'), { nil: null }),
  node: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: null }),
  focus: fc.boolean(),
  allTies: fc.boolean(),
  unitKinds: subset(UNIT_KINDS),
  units: fc.uniqueArray(id, { maxLength: 5 }),
  roles: subset(PERSON_ROLES),
  minWeight: fc.constantFrom(0, 0.5, 1, 2.25, 10),
  relationship: fc.oneof(
    fc.constant<string[]>([]),
    fc.tuple(id, id).map(([a, b]) => [a, b]),
  ),
  relSort: fc.tuple(fc.constantFrom('', '-'), fc.constantFrom(...RELATIONSHIP_SORTS)).map(([d, k]) => d + k),
  relProvider: fc.option(id, { nil: null }),
  relDepartment: fc.option(id, { nil: null }),
  relStage: fc.option(fc.constantFrom(...STAGES), { nil: null }),
  relText: fc.string({ maxLength: 30 }),
  libraryQuery: fc.option(fc.stringMatching(/^\w{1,20}$/), { nil: null }),
  before: fc.oneof(fc.constant<string[]>([]), fc.constant<string[]>(['2026-01-01', '2026-04-01'])),
  after: fc.oneof(fc.constant<string[]>([]), fc.constant<string[]>(['2026-04-01', '2026-07-01'])),
  change: fc.oneof(
    fc.constant<string[]>([]),
    id.map((a) => [a]),
    fc.tuple(id, id).map(([a, b]) => [a, b]),
  ),
});

describe('state in the URL', () => {
  it('gives back every state it encodes', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        expect(decodeState(encodeState(state))).toEqual(state);
      }),
    );
  });

  it('leaves defaults out of the link', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('#/map');
    expect(encodeState({ ...DEFAULT_STATE, level: 'person', window: '30d', node: 'p 1' })).toBe(
      '#/map?level=person&window=30d&node=p+1',
    );
  });

  it('falls back to the default for anything it cannot read', () => {
    const state = decodeState(
      '#/nowhere?level=planet&window=soon&colour=red&kinds=business,alien&minWeight=-1&focus=yes',
    );
    expect(state).toEqual(DEFAULT_STATE);
  });

  it('reads a hand-written link', () => {
    expect(decodeState('#/map?level=person&kinds=internal,external&roles=brm&size=none&focus=1')).toEqual({
      ...DEFAULT_STATE,
      level: 'person',
      unitKinds: ['internal', 'external'],
      roles: ['brm'],
      sizeBy: 'none',
      focus: true,
    });
  });
});

describe('state of the new views in the URL', () => {
  it('reads an open relationship, its sort and filters, and the console query', () => {
    expect(
      decodeState(
        '#/relationships?rel=prov-hr,dept-004&sort=-trust&stage=declining&q=hiring&query=unitHierarchy',
      ),
    ).toEqual({
      ...DEFAULT_STATE,
      view: 'relationships',
      relationship: ['prov-hr', 'dept-004'],
      relSort: '-trust',
      relStage: 'declining',
      relText: 'hiring',
      libraryQuery: 'unitHierarchy',
    });
  });

  it('refuses half a relationship, an unknown sort and an unknown stage', () => {
    expect(decodeState('#/relationships?rel=prov-hr&sort=colour&stage=booming')).toEqual({
      ...DEFAULT_STATE,
      view: 'relationships',
    });
  });
});
