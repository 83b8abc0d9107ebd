/**
 * The digest's follow-through lines (server/views/digest/actionLines.ts) on fixed actions, without Neo4j: each
 * action in words with what followed and the caveat, linked to its relationship or unit; and what "Mark as
 * taken" would post for the lines of each section.
 */
import { describe, expect, it } from 'vitest';
import type { FollowedAction } from '../../server/analytics/actions/digestActions.ts';
import type { WindowAnalytics } from '../../server/analytics/engine.ts';
import type { DigestLine } from '../../server/schema/digest.ts';
import { actionLines, proposeAction } from '../../server/views/digest/actionLines.ts';

const introduction: FollowedAction = {
  id: 'act-1',
  kind: 'introduction',
  metric: 'stage',
  units: [{ id: 'sales', name: 'Sales' }],
  relationship: { provider: { id: 'it', name: 'IT' }, department: { id: 'sales', name: 'Sales' } },
  people: [
    { id: 'p-ana', name: 'Ana Lima' },
    { id: 'p-chen', name: 'Chen Wei' },
  ],
  forgottenPeople: 0,
  takenAt: '2026-01-25',
  takenBy: { person: { id: 'p-dora', name: 'Dora Kim' }, role: 'analyst' },
  note: null,
  effect: {
    status: 'measured',
    periods: {
      days: 90,
      before: { from: '2025-10-27', to: '2026-01-25' },
      after: { from: '2026-01-25', to: '2026-04-25' },
    },
    before: 'sustaining',
    after: 'growing',
    level: { before: 3, after: 7.5 },
    change: 'stronger',
    delta: 1,
    direction: 'better',
  },
};

describe('actionLines', () => {
  it('tells who did what, what followed and that it is an observation', () => {
    const [line] = actionLines([introduction], { from: new Date('2026-05-04T00:00:00Z') });
    expect(line).toEqual({
      text:
        '2026-01-25: Dora Kim introduced Ana Lima to Chen Wei. Stage of IT → Sales: sustaining → growing (better); ' +
        'engagements per 30 days 3.0 → 7.5 (stronger), the 90 days after 2026-01-25 against the 90 days before. An ' +
        'observation, not proof that the action caused it.',
      link: '#/relationships?rel=it,sales',
      isNew: false,
      units: ['sales', 'it'],
      people: ['p-ana', 'p-chen'],
    });
  });

  it('says when it is too early to tell, and marks an action of the week new', () => {
    const early = {
      ...introduction,
      effect: { ...introduction.effect, status: 'tooEarly' as const, periods: null },
    };
    const [line] = actionLines([early], { from: new Date('2026-01-20T00:00:00Z') });
    expect(line!.text).toMatch(/Too early to tell: fewer than 14 days since 2026-01-25\./);
    expect(line!.isNew).toBe(true);
  });
});

const line = (units: string[], people: string[] = []): DigestLine => ({
  text: '',
  link: '#/silos?node=x',
  isNew: false,
  units,
  people,
});
const current = {
  network: { isolation: { units: [{ unit: 'sales', flagged: true }] } },
} as unknown as WindowAnalytics;

describe('proposeAction', () => {
  it('proposes what each section’s line calls for', () => {
    const relationship = { providerId: 'it', departmentId: 'sales' };
    expect(proposeAction('stages', line(['it', 'sales']), current).proposal).toMatchObject({
      metric: 'stage',
      relationship,
    });
    expect(proposeAction('promises', line(['it', 'sales']), current).proposal?.metric).toBe('trust');
    expect(proposeAction('isolation', line(['sales']), current).proposal).toMatchObject({
      metric: 'isolation',
      units: ['sales'],
    });
    expect(
      proposeAction('introductions', line(['sales', 'it'], ['p-ben', 'p-chen']), current).proposal,
    ).toEqual({
      kind: 'introduction',
      metric: 'isolation',
      units: ['sales', 'it'],
      people: ['p-ben', 'p-chen'],
    });
    expect(
      proposeAction('introductions', line(['legal', 'it'], ['p-x', 'p-y']), current).proposal?.metric,
    ).toBe('brokerShare');
    expect(proposeAction('actions', line(['sales']), current).proposal).toBeUndefined();
  });
});
