/**
 * An introduction in plain words (GET /api/introductions, server/schema/introductions.ts): who to introduce to
 * whom, why it could take (the API's own sentence), and what it would change for the unit. Pure strings, so the
 * words are tested without a page.
 */
import type { IntroductionsAnswer } from '../../server/schema/introductions.ts';
import { formatNumber } from '../shell/dom.ts';

type Introduction = IntroductionsAnswer['introductions'][number];
type Person = Introduction['a'];

const who = (p: Person) => `${p.name} (${p.role}, ${p.unitName})`;

export function pairSentence(intro: Introduction): string {
  return `Introduce ${who(intro.a)} to ${who(intro.b)}.`;
}

export function effectSentence(intro: Introduction, unitName: string): string {
  const { reach, isolated, isolationScore, brokersRelieved } = intro.effect;
  const parts: string[] = [];
  if (isolated.before && !isolated.after) parts.push(`${unitName} would no longer be isolated`);
  if (reach.after !== reach.before) parts.push(`it would reach ${reach.before} → ${reach.after} units`);
  if (isolationScore.after !== isolationScore.before)
    parts.push(
      `isolation score ${formatNumber(isolationScore.before)} → ${formatNumber(isolationScore.after)}`,
    );
  for (const relief of brokersRelieved)
    parts.push(
      `${relief.broker.name} would no longer be the only bridge to ${relief.units.map((u) => u.name).join(', ')}`,
    );
  return parts.length ? `Effect: ${parts.join('; ')}.` : 'Effect: small.';
}

/** Who the unit depends on now: each broker and the units reached only through them. */
export function dependenceSentences(answer: IntroductionsAnswer): string[] {
  return answer.situation.brokers.map(
    (b) =>
      `${answer.unit.name} reaches ${b.cutFrom.map((u) => u.name).join(', ')} only through ` +
      `${b.person.name} (${b.person.unitName}).`,
  );
}
