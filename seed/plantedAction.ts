/**
 * The follow-through planted in the demo org: a week before the growing relationship's trend months, its BRM
 * introduced the first member of the department to the first member of the provider — the two people every
 * month of the planted growth engages (plantedActivity.ts `firstShare`) — aiming at the relationship's stage.
 * Actions are not import data: the demo loader and the tests record it over POST /api/actions as the BRM
 * would, and the digests of the weeks after show it moving the right way: the relationship's engagements per
 * 30 days rise (the period comparison reads the tie stronger), its stage growing or held at growing.
 */
import { DAY, MONTHS, TREND_MONTHS, iso, monthStart } from './calendar.ts';
import type { PlantedAction } from './groundTruth.ts';
import type { Org } from './orgModel.ts';

export function plantedAction(org: Org): PlantedAction {
  const { providerId, departmentId } = org.planted.growing;
  const first = (unit: string) => org.members.get(unit)![0]!;
  const brm = org.brmAssignments.find((b) => b.departmentId === departmentId)?.personId ?? null;
  return {
    kind: 'introduction',
    metric: 'stage',
    relationship: { providerId, departmentId },
    units: [departmentId, providerId],
    people: [first(departmentId), first(providerId)],
    takenAt: iso(monthStart(MONTHS - TREND_MONTHS) - 7 * DAY).slice(0, 10),
    takenBy: brm,
    expected: 'better',
  };
}
