/**
 * The digest's follow-through: "Actions you took and what followed" (each action on the BRM's departments with
 * the metric it aimed at before and after, and the caveat), and, on the other lines, what "Mark as taken" would
 * record — an introduction aims at the unit's isolation (or, when it is not flagged, at its dependence on one
 * broker), a troubled relationship at its stage, a broken promise or a maturity gap at trust.
 */
import type { FollowedAction } from '../../analytics/actions/digestActions.ts';
import type { WindowAnalytics } from '../../analytics/engine.ts';
import type { DigestLine } from '../../schema/digest.ts';
import { actionRecordView, actionWords } from '../actionsView.ts';
import { relationshipLink, unitLink } from './links.ts';

export function actionLines(actions: FollowedAction[], week: { from: Date }): DigestLine[] {
  return actions.map((action) => {
    const { effect } = actionRecordView(action);
    const pair = action.relationship;
    const units = [...action.units.map((u) => u.id), ...(pair ? [pair.provider.id, pair.department.id] : [])];
    const by = action.takenBy.person?.name ?? `an ${action.takenBy.role}`;
    return {
      text: `${action.takenAt}: ${by} ${actionWords(action)}. ${effect.text} ${effect.caveat}`,
      link: pair ? relationshipLink(pair.provider.id, pair.department.id) : unitLink(units[0]!),
      isNew: Date.parse(`${action.takenAt}T00:00:00Z`) >= week.from.getTime(),
      units: [...new Set(units)],
      people: action.people.map((p) => p.id),
    };
  });
}

type Proposal = NonNullable<DigestLine['proposal']>;

/** The line with what "Mark as taken" posts, for the sections whose lines call for an action. */
export function proposeAction(section: string, line: DigestLine, current: WindowAnalytics): DigestLine {
  const [first, second] = line.units;
  const relationship = first && second ? { providerId: first, departmentId: second } : undefined;
  const on = (metric: Proposal['metric']): Proposal | undefined =>
    relationship ? { kind: 'action', metric, units: [], people: [], relationship } : undefined;
  let proposal: Proposal | undefined;
  if (section === 'stages') proposal = on('stage');
  if (section === 'promises' || section === 'maturity') proposal = on('trust');
  if (section === 'isolation' && first)
    proposal = { kind: 'action', metric: 'isolation', units: [first], people: [] };
  if (section === 'failures' && first)
    proposal = { kind: 'action', metric: 'brokerShare', units: line.units, people: line.people };
  if (section === 'introductions' && first && line.people.length === 2) {
    const flagged = current.network.isolation.units.some((u) => u.unit === first && u.flagged);
    const metric = flagged ? 'isolation' : 'brokerShare';
    proposal = { kind: 'introduction', metric, units: line.units, people: line.people };
  }
  return proposal ? { ...line, proposal } : line;
}
