/**
 * Digest lines about value (issue 12 item 6): the BRM's relationships leaking at least `leakingShare` of the
 * benefit that was due by the week's end (analytics/value/config.ts), the largest leakage first, each with
 * planned, due and realised in words and the initiative leaking most; new when it leaked less a week before.
 */
import type { WindowAnalytics } from '../../analytics/engine.ts';
import { relationshipOverviews } from '../../analytics/suite/relationshipOverviews.ts';
import type { DigestLine } from '../../schema/digest.ts';
import type { maturityLines } from './relationshipLines.ts';
import { leakageWords, valueText } from '../valueWords.ts';
import { relationshipLink } from './links.ts';

/** Lines at most: the relationships leaking most. */
const MAX_LINES = 5;

/** The windows and names every digest section reads (the same as the relationship lines'). */
type Windows = Parameters<typeof maturityLines>[0];

const leakingOf = (analytics: WindowAnalytics, served: Set<string>) => {
  const threshold = analytics.engagement.value.rules.leakingShare;
  return analytics.engagement.value.relationships.filter(
    (v) => served.has(v.departmentId) && v.share !== null && v.share >= threshold,
  );
};

export function valueLines({ current, previous, served, name }: Windows): DigestLine[] {
  const before = new Set(leakingOf(previous, served).map((v) => v.key));
  const relationships = new Set(relationshipOverviews(current.engagement).map((o) => o.key));
  return leakingOf(current, served)
    .filter((v) => relationships.has(v.key))
    .sort((a, b) => b.share! - a.share!)
    .slice(0, MAX_LINES)
    .map((v) => {
      const isNew = !before.has(v.key);
      const worst =
        v.worst && v.counted > 1
          ? `; the initiative leaking most: ${v.worst.name}, ${leakageWords(v.worst.share)}`
          : '';
      return {
        text: `${name(v.providerId)} → ${name(v.departmentId)}: ${valueText(v)}${worst}`,
        link: relationshipLink(v.providerId, v.departmentId),
        isNew,
        units: [v.providerId, v.departmentId],
        people: [],
      };
    });
}
