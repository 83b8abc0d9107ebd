/**
 * The silos answer (server/schema/silos.ts) from a window's analytics: every unit ranked by isolation with its
 * numbers and rules, the organisation's figures, and the single points of failure. Viewers get no person and
 * no unit below the privacy floor.
 */
import { windowAnswer } from './windowAnswer.ts';
import type { WindowAnalytics } from '../analytics/engine.ts';
import { separatedPairs, type UnitSeparation } from '../analytics/brokerage/index.ts';
import type { UnitIsolation } from '../analytics/silos/index.ts';
import type { SiloUnit, SilosAnswer } from '../schema/silos.ts';
import { seesPeople, unitVisibility, type Viewer } from './privacy.ts';
import { isolationReason, ruleReason, separationReason } from './reasons.ts';
import { unitNamer } from './nodeFlags.ts';

export function silosView(analytics: WindowAnalytics, viewer: Viewer): SilosAnswer {
  const { network, graphs, window } = analytics;
  const visible = unitVisibility(graphs, viewer);
  const units = network.isolation.units.filter((u) => visible(u.unit));
  const { organisation } = network.silos.ei;
  return {
    window: windowAnswer(window),
    network: analytics.networkKind,
    organisation: {
      ei: organisation,
      formalModularity: network.formalModularity.value,
      communities: network.communities.count,
      communityUnitAgreement: network.communityUnitAgreement.value,
    },
    units: units.map((unit, i) => siloUnit(analytics, unit, i + 1, visible)),
    singlePointsOfFailure: separations(analytics, viewer, visible),
    rules: network.isolation.config,
    privacy: {
      minGroupSize: viewer.privacy.minGroupSize,
      suppressedUnits: network.isolation.units.length - units.length,
    },
  };
}

/** One unit's row; the units it lists (reached, providers not engaged) pass the viewer's floor. */
function siloUnit(
  { graphs, network }: WindowAnalytics,
  unit: UnitIsolation,
  rank: number,
  visible: (unit: string) => boolean,
): SiloUnit {
  const attributes = graphs.units.getNodeAttributes(unit.unit);
  const ei = network.silos.ei.units[unit.unit]!;
  const reached = network.silos.reached.units[unit.unit]!;
  const coverage = network.silos.coverage.departments[unit.unit];
  return {
    rank,
    id: unit.unit,
    name: attributes.name,
    type: attributes.type,
    kind: attributes.kind,
    members: attributes.members,
    flagged: unit.flagged,
    score: unit.score,
    reason: unit.flagged ? isolationReason(unit) : null,
    checks: unit.checks.map((check) => ({ ...check, reason: ruleReason(check) })),
    ei: { ...ei },
    reach: reached.reach,
    // Counts (reach, providers engaged) stay whole, as the rules used them; lists name no unit below the floor.
    reachedUnits: reached.reachedUnits.filter(visible),
    shareWithoutExternalTie: reached.shareWithoutExternalTie,
    ...(coverage && {
      coverage: {
        providersEngaged: coverage.providersEngaged,
        providers: coverage.providers,
        notEngaged: coverage.notEngaged.filter(visible),
        hasBrm: coverage.hasBrm,
      },
    }),
  };
}

function separations(
  analytics: WindowAnalytics,
  viewer: Viewer,
  visible: (unit: string) => boolean,
): SilosAnswer['singlePointsOfFailure'] {
  const { cutPoints } = analytics.network;
  const name = unitNamer(analytics.graphs);
  const persons = analytics.graphs.persons;
  const withPeople = seesPeople(viewer.role);
  const person = (id: string) => ({ id, name: persons.getNodeAttribute(id, 'name') });
  const answer = (s: UnitSeparation, units: string[], subject: string) => ({
    units,
    groups: s.groups,
    unitPairs: s.unitPairs,
    peopleCutOff: s.peopleCutOff,
    reason: separationReason(s, name, { subject }),
  });
  const people = cutPoints.people.flatMap((s) => {
    const shown = withPeople ? s : withoutHidden(s, visible);
    return shown
      ? [
          {
            ...(withPeople && { people: [person(s.person)] }),
            ...answer(shown, s.unit && visible(s.unit) ? [s.unit] : [], 'them'),
          },
        ]
      : [];
  });
  const ties = cutPoints.ties.flatMap((s) => {
    const shown = withPeople ? s : withoutHidden(s, visible);
    const units = [...new Set(s.people.map((p) => persons.getNodeAttribute(p, 'unit')))].filter(
      (unit) => withPeople || visible(unit),
    );
    return shown
      ? [{ ...(withPeople && { people: s.people.map(person) }), ...answer(shown, units, 'this tie') }]
      : [];
  });
  return {
    people,
    ties,
    articulationPoints: cutPoints.articulationPoints.length,
    bridges: cutPoints.bridges.length,
  };
}

/** For viewers: the separation without the units below the floor, or null when nothing is left to show. */
function withoutHidden(
  separation: UnitSeparation,
  visible: (unit: string) => boolean,
): UnitSeparation | null {
  const groups = separation.groups
    .map((g) => ({ units: g.units.filter(visible), cutFrom: g.cutFrom.filter(visible) }))
    .filter((g) => g.units.length > 0 && g.cutFrom.length > 0);
  if (groups.length === 0) return null;
  return { ...separation, groups, unitPairs: separatedPairs({ groups }).length };
}
