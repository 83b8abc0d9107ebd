/**
 * The open relationship: its stage and the rule that set it, in words; maturity assessed (both sides),
 * indicated and target, with the indicators holding it back; trust with its evidence and promises; who
 * starts the engagements; and its micro-cycle timeline (filled in once fetched). Each section covers one span
 * and says which (spans.ts): numbers side by side never mix the window with the longer history.
 */
import type { RelationshipRow } from '../api/analytics.ts';
import { el, formatNumber } from '../shell/dom.ts';
import { LEVEL_NAMES, levelWords, renderLevelBar } from './levelBar.ts';
import { spanEnd, spanSection, type Spans } from './spans.ts';
import { stageBadge } from './stageBadge.ts';

export interface DetailParts {
  element: HTMLElement;
  /** Where the timeline goes. */
  timeline: HTMLElement;
}

export function renderDetail(row: RelationshipRow, spans: Spans, close: () => void): DetailParts {
  const timeline = el('div', { className: 'timeline-host' }, [
    el('p', { className: 'muted', text: 'Loading the engagements…' }),
  ]);
  const element = el(
    'section',
    {
      className: 'rel-detail',
      attrs: { id: 'relationship-detail', 'aria-labelledby': 'relationship-title', tabindex: -1 },
    },
    [
      el('div', { className: 'details-head' }, [
        el('h2', {
          text: `${row.providerName} → ${row.departmentName}`,
          attrs: { id: 'relationship-title' },
        }),
        el('button', {
          text: 'Close',
          attrs: { type: 'button', 'aria-label': 'Close the relationship' },
          on: { click: close },
        }),
      ]),
      el('p', { className: 'purpose', text: `Purpose: ${row.purpose}` }),
      stageOf(row, spans),
      maturityOf(row, spans),
      trustOf(row, spans),
      windowOf(row, spans, timeline),
    ],
  );
  return { element, timeline };
}

function stageOf(row: RelationshipRow, spans: Spans): HTMLElement {
  const stage = row.stage;
  return spanSection('stage', spans, {
    className: 'stage-rule',
    title: [`Stage as of ${spanEnd(spans.stage)} `, stageBadge(stage?.stage)],
    children: [
      stage
        ? el('p', { text: `${capital(stage.stage)} because ${stage.because}.` })
        : el('p', { className: 'muted', text: 'No stage: too few engagements in the series.' }),
      ...(stage?.caveats ?? []).map((caveat) => el('p', { className: 'muted', text: caveat })),
    ],
  });
}

function maturityOf(row: RelationshipRow, spans: Spans): HTMLElement {
  const { assessed, indicated, gaps } = row.maturity;
  const levels = {
    assessed: assessed.mean ?? assessed.level,
    indicated: indicated.level,
    target: row.target,
  };
  const side = (name: string, s: { mean: number | null; answers: number }) =>
    `${name} ${s.mean === null ? '—' : formatNumber(s.mean)} (${s.answers} answers)`;
  const held = indicated.holdingBack.map((ind) =>
    el('li', {}, [
      el('strong', { text: ind.says }),
      ` — level ${ind.level} needs ${formatNumber(ind.threshold)}, it is ${formatNumber(ind.value)}`,
    ]),
  );
  return spanSection('history', spans, {
    className: 'maturity',
    title: ['Maturity'],
    children: [
      renderLevelBar(levels, { width: 260, height: 26 }),
      el('p', { className: 'visually-hidden', text: levelWords(levels) }),
      el('dl', {}, [
        el('dt', { text: 'Assessed' }),
        el('dd', {
          text: `${assessed.level === null ? 'no survey answers' : `level ${assessed.level} (${LEVEL_NAMES[assessed.level - 1]})`}; ${side('business', assessed.business)}, ${side('provider', assessed.provider)}`,
        }),
        el('dt', { text: 'Indicated' }),
        el('dd', {
          text:
            indicated.level === null
              ? 'not enough behaviour to tell'
              : `level ${indicated.level} (${indicated.label}), score ${formatNumber(indicated.score)}`,
        }),
        el('dt', { text: 'Target' }),
        el('dd', { text: `level ${row.target} (${LEVEL_NAMES[row.target - 1]})` }),
        el('dt', { text: 'Gaps' }),
        el('dd', {
          text: `target − assessed ${signed(gaps.targetVsAssessed)}, target − indicated ${signed(gaps.targetVsIndicated)}, business − provider ${signed(gaps.businessVsProvider)}`,
        }),
      ]),
      el('h4', { text: 'Holding it back' }),
      held.length
        ? el('ul', { className: 'holding-back' }, held)
        : el('p', { className: 'muted', text: indicated.reason }),
    ],
  });
}

function trustOf(row: RelationshipRow, spans: Spans): HTMLElement {
  const trust = row.trust;
  return spanSection('history', spans, {
    className: 'trust',
    title: ['Trust'],
    children: [
      trust
        ? el('p', {
            text: `Trust ${trust.value.toFixed(2)} on evidence of ${formatNumber(trust.evidence)} (older evidence weighs less); promises over these periods kept ${formatNumber(trust.promises.kept)}, late ${formatNumber(trust.promises.late)}, missed ${formatNumber(trust.promises.missed)}.`,
          })
        : el('p', { className: 'muted', text: 'No evidence of trust over these periods.' }),
    ],
  });
}

/** Who starts the engagements and the micro-cycle timeline: the window's numbers, together. */
function windowOf(row: RelationshipRow, spans: Spans, timeline: HTMLElement): HTMLElement {
  const beta = row.initiationBalance;
  const balance =
    beta === null
      ? 'No engagements started by either side in the window.'
      : `Initiation balance β ${signed(beta)}: ${beta > 0.5 ? 'the business starts most engagements (order-taking flow)' : beta < -0.5 ? 'the provider starts most engagements' : 'both sides start engagements'}.`;
  return spanSection('window', spans, {
    className: 'exchange',
    title: ['Exchange and micro engagement cycle'],
    children: [el('p', { text: balance }), timeline],
  });
}

function signed(value: number | null): string {
  if (value === null) return '—';
  return `${value > 0 ? '+' : ''}${formatNumber(value)}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
