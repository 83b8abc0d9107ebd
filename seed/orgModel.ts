/**
 * What the demo generator knows of the organisation it built (seed/org.ts builds it): its rows, the lookups
 * the activity generators use, and the units and people that carry the planted patterns.
 */
import type {
  BrmAssignmentRow,
  MembershipRow,
  PersonRow,
  ServesRow,
  UnitRow,
} from '../server/schema/bundle.ts';

export interface Planted {
  isolatedDepartment: string;
  brokerDepartment: string;
  broker: string;
  growing: { providerId: string; departmentId: string };
  declining: { providerId: string; departmentId: string };
  promiseBreakingProvider: string;
  orderTaker: { providerId: string; departmentId: string };
  strategicPartner: { providerId: string; departmentId: string };
}

/** The departments that carry a planted pattern: ordinary colleagues and relationships are drawn elsewhere. */
export function plantedDepartments(p: Planted): Set<string> {
  return new Set([
    p.isolatedDepartment,
    p.brokerDepartment,
    p.growing.departmentId,
    p.declining.departmentId,
    p.orderTaker.departmentId,
    p.strategicPartner.departmentId,
  ]);
}

export interface Org {
  units: UnitRow[];
  people: PersonRow[];
  memberships: MembershipRow[];
  brmAssignments: BrmAssignmentRow[];
  serves: ServesRow[];
  departments: string[];
  providers: string[];
  members: Map<string, string[]>;
  leaders: Map<string, string[]>;
  unitOf: Map<string, string>;
  brms: string[];
  planted: Planted;
}
