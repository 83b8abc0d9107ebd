/** Reach and provider coverage by hand on the small org; the unit hierarchy. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  providerCoverage,
  reach,
  topLevelPartition,
  topLevelUnits,
} from '../../../server/analytics/silos/index.ts';
import type { UnitGraph } from '../../../server/analytics/graphs.ts';
import { smallOrg } from './smallOrg.ts';

describe('reach', () => {
  const { persons, units } = smallOrg();
  const result = reach(persons, { units });

  it('counts the distinct other units members engage and the members with no tie outside', () => {
    expect(result.units.sales).toEqual({
      reach: 2,
      reachedUnits: ['it', 'it-desk'],
      members: 4,
      membersWithoutExternalTie: 1, // s2 only works inside
      membersWithoutTies: 0,
      shareWithoutExternalTie: 0.25,
    });
    expect(result.units.ops).toMatchObject({
      reach: 1,
      reachedUnits: ['hr'],
      shareWithoutExternalTie: 2 / 3,
    });
    expect(result.units.legal).toMatchObject({ reach: 0, shareWithoutExternalTie: 1 });
  });

  it('gives a unit without members a null share', () => {
    expect(result.units.archive).toMatchObject({ members: 0, reach: 0, shareWithoutExternalTie: null });
  });
});

describe('provider coverage', () => {
  const result = providerCoverage(smallOrg());

  it("counts a tie to IT's service desk as a tie to IT, and lists the providers not engaged", () => {
    expect(result.providers).toEqual(['hr', 'it']);
    expect(result.departments.sales).toEqual({
      engaged: { it: { weight: 2, ties: 3 } },
      notEngaged: ['hr'],
      providersEngaged: 1,
      providers: 2,
      brms: ['i2'],
      hasBrm: true,
    });
  });

  it('says which departments have no BRM and engage no provider', () => {
    expect(result.departments.legal).toMatchObject({
      providersEngaged: 0,
      notEngaged: ['hr', 'it'],
      hasBrm: false,
    });
    expect(result.departments.ops).toMatchObject({ engaged: { hr: { weight: 1, ties: 1 } }, hasBrm: false });
    expect(result.departments.it).toBeUndefined();
  });
});

describe('unit hierarchy', () => {
  it('maps each unit to its top-level unit, and people to their top-level unit', () => {
    const { persons, units } = smallOrg();
    expect(topLevelUnits(units).get('it-desk')).toBe('it');
    expect(topLevelPartition(persons, units)).toMatchObject({ d1: 'it', i1: 'it', s1: 'sales' });
  });

  it('stops at a cycle or at a parent missing from the graph', () => {
    const units = new UndirectedGraph() as unknown as UnitGraph;
    const unit = (parent?: string) => ({
      name: '',
      type: 'provider' as const,
      kind: 'internal' as const,
      members: 0,
      internalWeight: 0,
      ...(parent ? { parent } : {}),
    });
    units.addNode('a', unit('b'));
    units.addNode('b', unit('a'));
    units.addNode('c', unit('gone'));
    const top = topLevelUnits(units);
    expect(top.get('a')).toBe('b');
    expect(top.get('b')).toBe('a');
    expect(top.get('c')).toBe('c');
  });
});
