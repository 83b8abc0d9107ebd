/**
 * The derived graphs every network metric reads (DESIGN §3.1). They are built per time window from the
 * projection (server/analytics/projection) and never hold raw engagements.
 *
 * - Person graph: undirected, one node per person, edge `weight` = tie strength (higher = stronger).
 *   Shortest-path metrics use distance = 1 / weight.
 * - Unit graph: undirected, one node per unit, edge `weight` = sum of person-tie weights across the two
 *   units; `internalWeight` on the node = sum of tie weights inside the unit.
 * - Initiation graph: directed, initiator → other participants, for reciprocity and brokerage roles.
 * Beside them, the BRM assignments (who is BRM for which department), which the silo metrics need.
 */
import type { DirectedGraph, UndirectedGraph } from 'graphology';
import type { PersonRole, UnitKind, UnitType } from '../schema/domain.ts';

export type { PersonRole, UnitKind, UnitType };

export interface PersonAttributes {
  name: string;
  role: PersonRole;
  /** The person's primary unit (their first membership). */
  unit: string;
  unitType: UnitType;
  unitKind: UnitKind;
}

export interface TieAttributes {
  /** Tie strength: Σ κ(kind) · 2^(−age/h) / (participants − 1) over shared engagements. */
  weight: number;
  /** Number of engagements shared in the window. */
  engagements: number;
}

export interface UnitAttributes {
  name: string;
  type: UnitType;
  kind: UnitKind;
  /** Provider function (IT, HR, …); absent for departments. */
  function?: string;
  /** The unit this one is part of (PART_OF, the import's parentId), e.g. IT's service desk → IT; absent at the top. */
  parent?: string;
  /** Number of people whose primary unit this is. */
  members: number;
  /** Sum of tie weights between members of this unit. */
  internalWeight: number;
}

export type PersonGraph = UndirectedGraph<PersonAttributes, TieAttributes>;
export type UnitGraph = UndirectedGraph<UnitAttributes, TieAttributes>;
export type InitiationGraph = DirectedGraph<PersonAttributes, TieAttributes>;

/** (person)-[:BRM_FOR]->(department), as assigned by the end of the window. */
export interface BrmAssignment {
  personId: string;
  departmentId: string;
}

/** A window's three graphs and its BRM assignments. */
export interface DerivedGraphs {
  persons: PersonGraph;
  units: UnitGraph;
  initiations: InitiationGraph;
  /** BRM assignments in force at the end of the window. */
  brmAssignments: BrmAssignment[];
}
