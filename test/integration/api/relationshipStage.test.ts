/**
 * One story per relationship on the s demo org (seed 2): the planted growing and declining relationships keep
 * their stage at 30, 90, 180 and 365 days (the stage is judged as of the window's end on fixed trend spans,
 * macro/config.ts), and the dashboard says which period each of its numbers covers.
 */
import { describe, expect, it } from 'vitest';
import type { RelationshipRow } from '../../../server/schema/relationships.ts';
import { useDemoApp } from './demoApp.ts';

const demo = useDemoApp('s', 2);
const LENGTHS = [30, 90, 180, 365];

interface Span {
  from: string;
  to: string;
  periods: number;
}
interface Dashboard {
  window: { key: string; from: string; to: string };
  spans: { window: Span; history: Span; stage: Span };
  relationships: RelationshipRow[];
}

async function dashboard(days: number): Promise<Dashboard> {
  const response = await demo.app.call(`/api/relationships?window=${days}d`, { as: 'analyst' });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as Dashboard;
}

const rowOf = (answer: Dashboard, pair: { providerId: string; departmentId: string }) =>
  answer.relationships.find((r) => r.providerId === pair.providerId && r.departmentId === pair.departmentId)!;

describe('the stage of a relationship across window lengths', () => {
  it.each(LENGTHS)(
    'the planted growing and declining relationships keep their stage at %i days',
    async (days) => {
      const answer = await dashboard(days);
      expect(rowOf(answer, demo.truth.growingRelationship).stage?.stage).toBe('growing');
      expect(rowOf(answer, demo.truth.decliningRelationship).stage?.stage).toBe('declining');
    },
  );

  it('gives every relationship the same stage and reason at every length', async () => {
    const answers = await Promise.all(LENGTHS.map(dashboard));
    const stages = answers.map((a) =>
      a.relationships.map((r) => `${r.providerId}→${r.departmentId}: ${r.stage?.stage} ${r.stage?.because}`),
    );
    for (const other of stages.slice(1)) expect(other).toEqual(stages[0]);
  });

  it('names the span of each number: the window, the history read and the stage span, ending together', async () => {
    const answers = await Promise.all(LENGTHS.map(dashboard));
    for (const [i, answer] of answers.entries()) {
      const { window, history, stage } = answer.spans;
      expect(window).toMatchObject({ from: answer.window.from, to: answer.window.to });
      expect(window.periods).toBe(Math.round(LENGTHS[i]! / 30));
      expect(history.to).toBe(answer.window.to);
      expect(stage).toEqual(answers[0]!.spans.stage);
      expect(history.periods).toBe(12);
      expect(stage.periods).toBe(9);
    }
  });
});
