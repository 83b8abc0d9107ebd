/**
 * Insight cards for a unit's details: what matters, each in one sentence, from the data the details already
 * hold (the unit's ties on the map and its metrics) — e.g. "Product Development works with one provider,
 * Facilities, through one person, and has no BRM" — and "80 % of its members have no tie outside it."
 */
import { formatForPeople } from '../glossary/index.ts';
import { carriersWith, contactInsights, noBrm, throughOnePerson } from './contactInsights.ts';
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
  const contacts = node.data.contacts;
  const said = new Set<string>();
  if (node.data.unitKind === 'business') {
    const providers = partners.filter((p) => p.unit.unitKind !== 'business').map((p) => p.unit);
    if (contacts && providers.length === 1) {
      // the issue's card: one provider, through whom, and whether a BRM looks after the department
      const only = providers[0]!;
      said.add(only.id);
      insights.push(
        `${name} works with one provider, ${only.label}${throughOnePerson(carriersWith(contacts, only.id))}${noBrm(contacts)}.`,
      );
    } else {
      const named =
        providers.length > 0 && providers.length <= 3 ? `: ${providers.map((p) => p.label).join(', ')}` : '';
      insights.push(
        `${name} works with ${count(providers.length, 'provider', 'providers')}${named} in this window.`,
      );
      if (contacts?.hasBrm === false) insights.push(`${name} has no BRM.`);
    }
  } else {
    const served = partners.filter((p) => p.unit.unitKind === 'business').length;
    insights.push(
      `${name} works with ${count(served, 'business department', 'business departments')} in this window.`,
    );
  }
  insights.push(
    ...contactInsights(
      contacts,
      partners.map((p) => p.unit),
      said,
    ),
  );
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
