/**
 * The privacy floor (SECURITY §16): answers for viewers never single out a group of fewer than `minGroupSize`
 * people. Person-level data needs the analyst role (one person is a group of one); unit-level groups below the
 * floor are left out — absent, not zero — together with every edge that touches them.
 */
import type { UnitGraph } from '../analytics/graphs.ts';
import { roleAllows, type Role } from '../auth/roles.ts';
import { TrellisError } from '../errors.ts';

export interface PrivacySettings {
  /** Smallest group a viewer may see. Default 5. */
  minGroupSize: number;
}

/** Who an answer is for: their role and the floor in force. */
export interface Viewer {
  role: Role;
  privacy: PrivacySettings;
}

/** Whether the role may see individual people (names, person-level metrics, dyads). */
export function seesPeople(role: Role): boolean {
  return roleAllows(role, 'analyst');
}

export function requirePersonLevel(role: Role, what: string): void {
  if (!seesPeople(role))
    throw new TrellisError('forbidden', `${what} is person-level data: it needs the analyst role.`);
}

/** Whether a group of `members` people may be shown to the role. */
export function groupVisible(members: number, role: Role, settings: PrivacySettings): boolean {
  return seesPeople(role) || members >= settings.minGroupSize;
}

/**
 * The one rule for units in a viewer's answer: a unit is shown when it has at least the floor of members (for
 * analysts, every unit the window knows). Every field that lists units — rankings, reached units, providers
 * not engaged, separations, community make-up, unit pairs, graph nodes, exports — filters through it.
 */
export function unitVisibility(graphs: { units: UnitGraph }, viewer: Viewer): (unit: string) => boolean {
  const { units } = graphs;
  return (unit) =>
    units.hasNode(unit) && groupVisible(units.getNodeAttribute(unit, 'members'), viewer.role, viewer.privacy);
}
