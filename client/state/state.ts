/**
 * The explorer's state: what the user looks at and how, everything a shared link must reproduce. It is
 * serialised to the URL (state/url.ts); data fetched from the API and drawing state live elsewhere.
 */
import {
  PERSON_ROLES,
  RELATIONSHIP_STAGES,
  UNIT_KINDS,
  type PersonRole,
  type RelationshipStage,
  type UnitKind,
} from '../../server/schema/domain.ts';
import type { GraphLevel } from '../../server/schema/graph.ts';
import { DEFAULT_WINDOW } from '../../server/schema/windowRule.ts';
import type { NetworkKind } from '../../server/schema/survey.ts';

/** The views of the explorer; each has a module of its own (client/<view>/index.ts). */
export const VIEW_IDS = [
  'map',
  'silos',
  'relationships',
  'console',
  'changes',
  'timelapse',
  'digest',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const LEVELS = ['unit', 'person'] as const satisfies readonly GraphLevel[];
export const COLOUR_BY = ['unitKind', 'unit', 'community', 'stage'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];
/** The domain's vocabularies (server/schema/domain.ts), as the controls and the URL state use them. */
export { PERSON_ROLES, UNIT_KINDS, RELATIONSHIP_STAGES as STAGES, type PersonRole, type RelationshipStage };
/** How the relationships dashboard can be sorted ('-' first: descending). */
export const RELATIONSHIP_SORTS = ['name', 'gap', 'maturity', 'trust', 'stage', 'volume', 'value'] as const;
export type RelationshipSortKey = (typeof RELATIONSHIP_SORTS)[number];
export const WINDOW_PRESETS = [30, 90, 365] as const;
export const WINDOW_RANGE = { min: 7, max: 730 } as const;

export interface ExplorerState {
  view: ViewId;
  level: GraphLevel;
  /** Map and silos: the ties of engagements (what people do) or of survey answers (what people say). */
  network: NetworkKind;
  /** Window length ending at the newest engagement, e.g. '90d'. */
  window: string;
  colourBy: ColourBy;
  /** A metric name from the answer's `metrics`, 'none' for one size for all, null for the view's default. */
  sizeBy: string | null;
  /** The selected node's id. */
  node: string | null;
  /** Fade everything beyond two hops of the selected node. */
  focus: boolean;
  /** Map: draw every tie, not only the backbone (the statistically significant ties). */
  allTies: boolean;
  unitKinds: UnitKind[];
  units: string[];
  roles: PersonRole[];
  minWeight: number;
  /** Relationships dashboard: the open relationship as [providerId, departmentId], or none. */
  relationship: string[];
  /** Relationships dashboard: sort key, '-' first for descending (e.g. '-gap'). */
  relSort: string;
  relProvider: string | null;
  relDepartment: string | null;
  relStage: RelationshipStage | null;
  /** Relationships dashboard: free text matched against names and purpose. */
  relText: string;
  /** Cypher console: the library query picked (its text and parameters fill the editor). */
  libraryQuery: string | null;
  /** What changed: the first period as [from, to) ISO dates, or none (a preset from the data's end). */
  before: string[];
  /** What changed: the second period as [from, to) ISO dates, or none (a preset from the data's end). */
  after: string[];
  /** What changed: the units of the selected change (one unit, or a pair), or none. */
  change: string[];
}

export const DEFAULT_STATE: ExplorerState = {
  view: 'map',
  level: 'unit',
  network: 'behaviour',
  window: DEFAULT_WINDOW,
  colourBy: 'unitKind',
  sizeBy: null,
  node: null,
  focus: false,
  allTies: false,
  unitKinds: [],
  units: [],
  roles: [],
  minWeight: 0,
  relationship: [],
  relSort: '-gap',
  relProvider: null,
  relDepartment: null,
  relStage: null,
  relText: '',
  libraryQuery: null,
  before: [],
  after: [],
  change: [],
};

export function windowDays(window: string): number {
  const days = Number.parseInt(window, 10);
  return Number.isFinite(days) && days > 0 ? days : Number.parseInt(DEFAULT_WINDOW, 10);
}
