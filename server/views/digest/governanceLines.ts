/**
 * Digest lines on governance (issue 12 item 4): the BRM's relationships with governance gaps (a check of the
 * list failing: purpose, BRM, target maturity, feedback from both sides in the last six months), new when the
 * gap was not there a week before; and the BRM's own role health, read from the mix of their engagements.
 */
import type { WindowAnalytics } from '../../analytics/engine.ts';
import { BRM_ROLE_NAMES } from '../../analytics/governance/index.ts';
import { pairKey } from '../../analytics/relationship.ts';
import type { DigestLine } from '../../schema/digest.ts';
import type { UnitName } from '../reasons.ts';
import { relationshipLink, relationshipsLink } from './links.ts';

interface Windows {
  current: WindowAnalytics;
  previous: WindowAnalytics;
  served: Set<string>;
  name: UnitName;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const gapsOf = (analytics: WindowAnalytics, served: Set<string>) =>
  analytics.engagement.governance.relationships.filter(
    (r) => served.has(r.departmentId) && r.gaps.length > 0,
  );

export function governanceLines({ current, previous, served, name }: Windows): DigestLine[] {
  const before = new Map(
    gapsOf(previous, served).map((r) => [pairKey(r.providerId, r.departmentId), r.gaps]),
  );
  return gapsOf(current, served)
    .map((r) => {
      const was = new Set((before.get(pairKey(r.providerId, r.departmentId)) ?? []).map((g) => g.check));
      const reasons = r.gaps.map((g) => lowerFirst(g.reason.replace(/\.$/, ''))).join('; ');
      return {
        text: `${name(r.providerId)} → ${name(r.departmentId)}: ${reasons}.`,
        link: relationshipLink(r.providerId, r.departmentId),
        isNew: r.gaps.some((g) => !was.has(g.check)),
        units: [r.providerId, r.departmentId],
        people: [],
      };
    })
    .sort((a, b) => Number(b.isNew) - Number(a.isNew));
}

/** The BRM's role health as one line (none when the window knows no assignment for them). */
export function brmRoleLines(current: WindowAnalytics, brm: string): DigestLine[] {
  const health = current.engagement.governance.brmRoles.find((h) => h.brm === brm);
  if (!health) return [];
  return [
    {
      text: `Your engagements read as ${BRM_ROLE_NAMES[health.role]}. ${health.reason}`,
      link: relationshipsLink(),
      isNew: false,
      units: health.departments,
      people: [brm],
    },
  ];
}
