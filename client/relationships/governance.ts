/**
 * Governance on the relationships dashboard (issue 12 item 4): a relationship's check-list gaps as badges in
 * its row, each in short words, its full reason as the tooltip and for screen readers.
 */
import type { RelationshipRow } from '../api/analytics.ts';
import { el } from '../shell/dom.ts';

type Checks = NonNullable<RelationshipRow['governance']>;
type Check = Checks['gaps'][number]['check'];

const SHORT: Record<Check, string> = {
  purpose: 'no purpose',
  brm: 'no BRM',
  targetMaturity: 'no target',
  feedbackBothSides: 'no feedback from both sides',
};

/** The row's governance cell: one badge per gap, or a quiet tick when everything is in place. */
export function governanceCell(checks: Checks | undefined): HTMLElement | string {
  if (!checks) return '—';
  if (!checks.gaps.length)
    return el('span', {
      className: 'gov-ok muted',
      text: '✓ in place',
      attrs: { title: 'No governance gap' },
    });
  return el(
    'span',
    { className: 'gov-gaps' },
    checks.gaps.map((gap) =>
      el('span', {
        className: 'gov-gap',
        text: SHORT[gap.check],
        attrs: { 'data-check': gap.check, title: gap.reason, 'aria-label': gap.reason },
      }),
    ),
  );
}
