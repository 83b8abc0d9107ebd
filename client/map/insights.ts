/**
 * Insight cards for a unit's details: what matters, each in one sentence, from the data the details already
 * hold (the unit's ties on the map and its metrics) — e.g. "Product Development works with one provider,
 * Facilities, and 80 % of its members have no tie outside it."
 */
import { formatForPeople } from '../glossary/index.ts';
import { otherEnd, type MapModel, type MapNode } from './types.ts';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const count = (n: number, one: string, many: string) =>
  `${WORDS[n] ?? n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function unitInsights(node: MapNode, model: MapModel): string[] {
  if (model.answer.level !== 'unit') return [];
  const name = node.data.label;
  const ties = model.ties.get(node) ?? [];
  const partners = ties.map((link) => ({ unit: otherEnd(link, node).data, link }));
  const insights: string[] = [];
  if (node.data.unitKind === 'business') {
    const providers = partners.filter((p) => p.unit.unitKind !== 'business').map((p) => p.unit.label);
    const named = providers.length > 0 && providers.length <= 3 ? `: ${providers.join(', ')}` : '';
    insights.push(
      `${name} works with ${count(providers.length, 'provider', 'providers')}${named} in this window.`,
    );
  } else {
    const served = partners.filter((p) => p.unit.unitKind === 'business').length;
    insights.push(
      `${name} works with ${count(served, 'business department', 'business departments')} in this window.`,
    );
  }
  const strongest = partners[0];
  if (strongest)
    insights.push(
      `Its strongest tie is with ${strongest.unit.label}: ${count(strongest.link.data.engagements, 'engagement', 'engagements')}${strongest.link.data.stage ? `, ${strongest.link.data.stage}` : ''}.`,
    );
  if (partners.length === 0) insights.push(`${name} has no tie to another unit in this window.`);
  const alone = node.data.metrics.shareWithoutExternalTie;
  if (alone !== null && alone !== undefined && alone >= 0.5)
    insights.push(`${formatForPeople(Math.round(alone * 100))} % of its members have no tie outside it.`);
  for (const flag of node.data.flags) insights.push(flag.reason);
  return insights;
}
