/**
 * Digest lines about the BRM's relationships (SERVES of the departments they serve): those declining or
 * dormant at the week's end (new when they were neither a week before), and those whose indicated maturity is
 * below target, with the indicators of the next level that do not hold.
 */
import type { WindowAnalytics } from '../../analytics/engine.ts';
import {
  relationshipOverviews,
  type RelationshipOverview,
} from '../../analytics/suite/relationshipOverviews.ts';
import type { DigestLine } from '../../schema/digest.ts';
import type { UnitName } from '../reasons.ts';
import { relationshipLink } from './links.ts';

const TROUBLED = new Set(['declining', 'dormant']);

interface Windows {
  current: WindowAnalytics;
  previous: WindowAnalytics;
  served: Set<string>;
  name: UnitName;
}

const servedBy = (analytics: WindowAnalytics, served: Set<string>) =>
  relationshipOverviews(analytics.engagement).filter((o) => served.has(o.maturity.departmentId));

const byKey = (overviews: RelationshipOverview[]) => new Map(overviews.map((o) => [o.key, o]));

function line(o: RelationshipOverview, name: UnitName, text: string, isNew: boolean): DigestLine {
  const { providerId, departmentId } = o.maturity;
  return {
    text: `${name(providerId)} → ${name(departmentId)}: ${text}`,
    link: relationshipLink(providerId, departmentId),
    isNew,
    units: [providerId, departmentId],
    people: [],
  };
}

const newFirst = (lines: DigestLine[]) => lines.sort((a, b) => Number(b.isNew) - Number(a.isNew));

export function stageLines({ current, previous, served, name }: Windows): DigestLine[] {
  const before = byKey(servedBy(previous, served));
  const lines = servedBy(current, served).flatMap((o) => {
    const stage = o.macro?.stage;
    if (!stage || !TROUBLED.has(stage.stage)) return [];
    const was = before.get(o.key)?.macro?.stage.stage ?? null;
    const isNew = was === null || !TROUBLED.has(was);
    const when = isNew ? `turned ${stage.stage} this week (was ${was ?? 'not engaged'})` : stage.stage;
    return [line(o, name, `${when} — ${stage.because}`, isNew)];
  });
  return newFirst(lines);
}

export function maturityLines({ current, previous, served, name }: Windows): DigestLine[] {
  const before = byKey(servedBy(previous, served));
  const lines = servedBy(current, served).flatMap((o) => {
    const { indicated, target } = o.maturity;
    if (indicated.level === null || indicated.level >= target) return [];
    const was = before.get(o.key)?.maturity.indicated.level ?? null;
    const held = indicated.holdingBack.map((i) => `${i.id} (${i.says})`).join('; ');
    const text =
      `indicated maturity ${indicated.level} (${indicated.label}) below target ${target}` +
      (held ? `; held back by ${held}` : '');
    return [line(o, name, text, was === null || was >= target)];
  });
  return newFirst(lines);
}
