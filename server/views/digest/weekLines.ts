/**
 * Digest lines of the week's micro cycle and of what to do about the network: each promise that came due in
 * the week and was not kept (missed, delivered late, or still open past its date), and the introductions
 * ranked for the BRM's departments that are isolated or hang on one person (introductionsView's reasons).
 */
import type { WindowAnalytics } from '../../analytics/engine.ts';
import type { IntroductionsResult } from '../../analytics/introductions/index.ts';
import type { Row } from '../../db/values.ts';
import type { DigestLine } from '../../schema/digest.ts';
import { introductionsView } from '../introductionsView.ts';
import type { UnitName } from '../reasons.ts';
import { personLink, relationshipLink } from './links.ts';

const day = (value: unknown) => String(value).slice(0, 10);

function whatBecame(row: Row): string {
  if (row.outcome === 'missed') return 'missed';
  if (row.outcome === 'delivered') return `delivered late, on ${day(row.deliveredAt)}`;
  return `still ${typeof row.outcome === 'string' ? row.outcome : 'open'}, now overdue`;
}

export function promiseLines(rows: Row[], name: UnitName): DigestLine[] {
  return rows.map((row) => {
    const providerId = String(row.providerId);
    const departmentId = String(row.departmentId);
    return {
      text:
        `${name(providerId)} → ${name(departmentId)}: the ${String(row.kind)} of ${day(row.at)}, promised by ` +
        `${day(row.promisedBy)}, ${whatBecame(row)}`,
      link: relationshipLink(providerId, departmentId),
      isNew: true,
      units: [providerId, departmentId],
      people: [],
    };
  });
}

export function introductionLines(current: WindowAnalytics, results: IntroductionsResult[]): DigestLine[] {
  return results.flatMap((result) => {
    const answer = introductionsView(current, result);
    return answer.introductions.map((intro) => ({
      text:
        `For ${answer.unit.name}: introduce ${intro.a.name} (${intro.a.unitName}) to ${intro.b.name} ` +
        `(${intro.b.unitName}). ${intro.why.text} Reach ${intro.effect.reach.before} → ${intro.effect.reach.after} units.`,
      link: personLink(intro.a.id),
      isNew: false,
      units: [answer.unit.id, intro.b.unit],
      people: [intro.a.id, intro.b.id],
    }));
  });
}
