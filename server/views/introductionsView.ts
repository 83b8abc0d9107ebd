/**
 * The introductions answer (server/schema/introductions.ts): people named with their unit and role, each
 * introduction's reasons in a sentence, and the ranking method stated. Person-level: analysts and above.
 */
import type { PersonGraph, UnitGraph } from '../analytics/graphs.ts';
import type { Candidate, IntroductionsResult } from '../analytics/introductions/index.ts';
import type { TimeWindow } from '../analytics/window.ts';
import { TrellisError } from '../errors.ts';
import type { IntroductionsAnswer } from '../schema/introductions.ts';
import { unitNamer } from './nodeFlags.ts';
import { windowAnswer } from './windowAnswer.ts';

interface Graphs {
  persons: PersonGraph;
  units: UnitGraph;
}

export const INTRODUCTIONS_METHOD =
  'priority = effect × (1 + likelihood + ½ · roles). effect: the drop of the unit’s isolation score plus, for ' +
  'each person it hangs on alone, the share of units the tie would reach without them (a redundant tie, ' +
  'Burt 1992, has no effect and is not proposed). likelihood: Adamic–Adar score of the pair (Adamic & Adar ' +
  '2003) over the best among the candidates. roles: the unit’s BRM or a BRM, leaders on both sides. At most ' +
  'two introductions per person.';

/** A unit the window does not know: 422 naming it. */
export function checkUnit(graphs: Graphs, unit: string): void {
  if (!graphs.units.hasNode(unit))
    throw new TrellisError('unknown_ids', `Not in the window: unit ${unit}.`, {
      unknown: { people: [], units: [unit] },
    });
}

export function introductionsView(
  on: { window: TimeWindow; graphs: Graphs },
  result: IntroductionsResult,
): IntroductionsAnswer {
  const unitName = unitNamer(on.graphs);
  const unitRef = (id: string) => ({ id, name: unitName(id) });
  const person = (id: string) => {
    const attributes = on.graphs.persons.getNodeAttributes(id);
    return {
      id,
      name: attributes.name,
      role: attributes.role,
      unit: attributes.unit,
      unitName: unitName(attributes.unit),
    };
  };
  return {
    window: windowAnswer(on.window),
    unit: { ...unitRef(result.unit), type: on.graphs.units.getNodeAttribute(result.unit, 'type') },
    situation: {
      ...result.situation,
      brokers: result.situation.brokers.map((b) => ({
        person: person(b.person),
        cutFrom: b.cutFrom.map(unitRef),
      })),
    },
    typicalTieWeight: result.typicalTieWeight,
    introductions: result.introductions.map((c, i) => ({
      rank: i + 1,
      priority: c.priority,
      a: person(c.a),
      b: person(c.b),
      why: {
        commonContacts: {
          count: c.commonContacts.length,
          adamicAdar: c.adamicAdar,
          people: c.commonContacts.slice(0, 3).map(person),
        },
        weakTie: c.weakTie,
        roles: c.roles,
        text: reasons(c, (id) => person(id).name),
      },
      effect: {
        score: c.effect,
        reach: { before: result.situation.reach ?? 0, after: c.after.numbers.reach },
        isolationScore: { before: result.situation.score ?? 0, after: c.after.score },
        isolated: { before: result.situation.isolated, after: c.after.flagged },
        providersEngaged: providers(result, c),
        brokersRelieved: c.brokersRelieved.map((r) => ({
          broker: person(r.broker),
          units: r.units.map(unitRef),
          share: r.share,
        })),
      },
    })),
    method: INTRODUCTIONS_METHOD,
  };
}

function providers(result: IntroductionsResult, c: Candidate) {
  const after = c.after.numbers.providersEngaged;
  const before = result.situation.providersEngaged;
  return after === undefined || before === null ? null : { before, after };
}

/** Why the pair, in words: common contacts, a weak tie, roles, and the broker made no longer alone. */
function reasons(c: Candidate, name: (id: string) => string): string {
  const parts: string[] = [];
  if (c.commonContacts.length > 0)
    parts.push(
      `${c.commonContacts.length} common contact(s), e.g. ${c.commonContacts.slice(0, 2).map(name).join(' and ')}`,
    );
  if (c.weakTie) parts.push(`an existing weak tie (${c.weakTie.engagements} engagement(s))`);
  if (c.roles.includes('brmOfUnit')) parts.push('the unit’s BRM');
  else if (c.roles.includes('brm')) parts.push('a BRM');
  if (c.roles.includes('leadersBothSides')) parts.push('leaders on both sides');
  for (const r of c.brokersRelieved) parts.push(`a second bridge beside ${name(r.broker)}`);
  return parts.length > 0 ? `${parts.join('; ')}.` : 'Spans a structural hole: no tie reaches that unit yet.';
}
