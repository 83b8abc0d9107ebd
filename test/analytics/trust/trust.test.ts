import fc from 'fast-check';
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { PersonAttributes, TieAttributes } from '../../../server/analytics/graphs.ts';
import { edgeColumns } from '../../../server/analytics/graphColumns.ts';
import type { FeedbackTally } from '../../../server/analytics/projection/loadRelationshipFeedback.ts';
import type {
  PeriodFacts,
  RelationshipHistory,
} from '../../../server/analytics/projection/loadRelationshipPeriods.ts';
import {
  betaTrust,
  decay,
  DEFAULT_TRUST_OPTIONS,
  relationshipTrust,
  unitTrust,
  weightedReciprocity,
} from '../../../server/analytics/trust/index.ts';
import { periodFacts } from '../support/periodFacts.ts';

function period(index: number, overrides: Partial<PeriodFacts>): PeriodFacts {
  const oneMeeting = { volume: 1, peopleA: 1, peopleB: 1, meeting: 1, initiatedByA: 1, durationMin: 30 };
  return periodFacts(index, { ...oneMeeting, ...overrides });
}

const history = (a: string, b: string, periods: PeriodFacts[]): RelationshipHistory => ({
  a,
  b,
  firstAt: 0,
  lastAt: 0,
  medianGapDays: null,
  periods,
});

const noDecay = { trust: { ...DEFAULT_TRUST_OPTIONS, halfLifeDays: 0 } };

describe('Beta reputation', () => {
  it('pulls thin evidence toward one half', () => {
    expect(betaTrust({ r: 0, s: 0 }).value).toBe(0.5);
    expect(betaTrust({ r: 1, s: 0 }).value).toBeCloseTo(2 / 3, 12);
    expect(betaTrust({ r: 3, s: 1 })).toEqual({ r: 3, s: 1, value: 4 / 6, evidence: 4 });
    expect(decay(180, 180)).toBe(0.5);
    expect(decay(400, 0)).toBe(1);
  });

  it('stays strictly between 0 and 1 and rises with every kept promise', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (r, s) => {
          const { value } = betaTrust({ r, s });
          expect(value).toBeGreaterThan(0);
          expect(value).toBeLessThan(1);
          expect(betaTrust({ r: r + 1, s }).value).toBeGreaterThan(value);
        },
      ),
    );
  });
});

describe('relationship trust', () => {
  const feedback: FeedbackTally[] = [
    // two trust answers about it from sales, scores 4 and 5
    { dimension: 'trust', raterUnit: 'sales', about: ['it'], period: 0, answers: 2, scoreSum: 9 },
    { dimension: 'value', raterUnit: 'sales', about: ['it'], period: 0, answers: 1, scoreSum: 1 },
    { dimension: 'trust', raterUnit: 'it', about: ['it'], period: 0, answers: 1, scoreSum: 1 },
  ];

  it('combines promises, sentiment and survey answers in one Beta model, by hand', () => {
    const periods = [
      period(0, { kept: 2, late: 1, sentimentSum: 1, sentimentCount: 2 }),
      period(4, { kept: 1, missed: 1 }),
    ];
    const [trust] = relationshipTrust([history('it', 'sales', periods)], feedback, noDecay);
    // promises r = 3, s = 2; sentiment r = 0.25·(2 + 1)/2 = 0.375, s = 0.25·(2 − 1)/2 = 0.125;
    // feedback r = 2·(9 − 2)/4 = 3.5, s = 2·(10 − 9)/4 = 0.5 (value answers and self-ratings ignored)
    const [r, s] = [3 + 0.375 + 3.5, 2 + 0.125 + 0.5];
    expect(trust!.value).toBeCloseTo((r + 1) / (r + s + 2), 12);
    expect(trust!.evidence).toBeCloseTo(r + s, 12);
    expect(trust!.promiseTrust.value).toBeCloseTo(4 / 7, 12);
    expect(trust!.components.promises).toMatchObject({ kept: 3, late: 1, missed: 1 });
    expect(trust!.components.sentiment.mean).toBe(0.5);
    expect(trust!.components.feedback).toMatchObject({ answers: 2, meanScore: 4.5 });
  });

  it('forgets old evidence with the half-life, at the middle of each period', () => {
    const [trust] = relationshipTrust([history('it', 'sales', [period(1, { kept: 4 })])], [], {
      trust: { ...DEFAULT_TRUST_OPTIONS, halfLifeDays: 90 },
    });
    // period 1 is 30–60 days old: its middle is 45 days → weight 2^(−45/90)
    const r = 4 * 2 ** -0.5;
    expect(trust!.value).toBeCloseTo((r + 1) / (r + 2), 12);
  });

  it('pools every relationship of a unit into its own trust', () => {
    const trusts = relationshipTrust(
      [
        history('it', 'sales', [period(0, { kept: 3 })]),
        history('hr', 'it', [period(0, { missed: 2, late: 1 })]),
      ],
      [],
      noDecay,
    );
    const it = unitTrust(trusts).find((u) => u.unit === 'it')!;
    expect(it.value).toBeCloseTo(4 / 8, 12); // r = 3, s = 3
    expect(it.relationships).toBe(2);
    expect(it.promises).toEqual({ kept: 3, late: 1, missed: 2 });
    expect(unitTrust(trusts).find((u) => u.unit === 'hr')!.value).toBeCloseTo(1 / 5, 12);
  });

  it('keeps every relationship trust in (0, 1) whatever the evidence', () => {
    const periodArb = fc.record({
      period: fc.nat(23),
      kept: fc.nat(20),
      late: fc.nat(20),
      missed: fc.nat(20),
      sentimentCount: fc.nat(20),
      sentiment: fc.double({ min: -1, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 6 }), (rows) => {
        const periods = rows.map((p) =>
          period(p.period, { ...p, sentimentSum: p.sentiment * p.sentimentCount }),
        );
        const [trust] = relationshipTrust([history('a', 'b', periods)], [], {});
        expect(trust!.value).toBeGreaterThan(0);
        expect(trust!.value).toBeLessThan(1);
      }),
    );
  });
});

describe('weighted reciprocity', () => {
  const person: PersonAttributes = {
    name: '',
    role: 'staff',
    unit: 'u',
    unitType: 'department',
    unitKind: 'business',
  };
  /** The ties of the initiation graph of these edges, as the metric reads them. */
  function graphOf(edges: Array<[string, string, number]>) {
    const graph = new DirectedGraph<PersonAttributes, TieAttributes>();
    for (const [s, t, weight] of edges) {
      graph.mergeNode(s, person);
      graph.mergeNode(t, person);
      graph.addDirectedEdge(s, t, { weight, engagements: 1 });
    }
    return edgeColumns(graph as never);
  }

  it('is Σ min(w_ij, w_ji) / Σ w_ij, by hand', () => {
    // a→b 2, b→a 1, a→c 1: min terms 1 + 1 + 0 over 4
    const result = weightedReciprocity(
      graphOf([
        ['a', 'b', 2],
        ['b', 'a', 1],
        ['a', 'c', 1],
      ]),
    );
    expect(result.value).toBe(0.5);
    expect(result.inputs).toEqual({ reciprocated: 2, total: 4, ties: 3 });
  });

  it('is 1 when every tie is returned in full and within [0, 1] for any graph', () => {
    const node = fc.constantFrom('a', 'b', 'c', 'd');
    const edgesArb = fc.uniqueArray(fc.tuple(node, node, fc.double({ min: 0.01, max: 10, noNaN: true })), {
      selector: ([s, t]) => `${s}>${t}`,
      maxLength: 12,
    });
    fc.assert(
      fc.property(edgesArb, (edges) => {
        const directed = edges.filter(([s, t]) => s !== t);
        const value = weightedReciprocity(graphOf(directed)).value;
        if (directed.length === 0) expect(value).toBeNull();
        else expect(value! >= 0 && value! <= 1 + 1e-12).toBe(true);
        const undirected = new Map(
          directed.map(([s, t, w]) => [[s, t].sort().join('-'), [s, t, w] as const]),
        );
        const both = [...undirected.values()].flatMap(
          ([s, t, w]) =>
            [
              [s, t, w],
              [t, s, w],
            ] as Array<[string, string, number]>,
        );
        if (both.length) expect(weightedReciprocity(graphOf(both)).value).toBeCloseTo(1, 12);
      }),
    );
  });
});
