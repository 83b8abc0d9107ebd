/**
 * The digest drawn: a title with the week, the departments served, then one section per kind of line — its
 * title and count, and each line as a link into the explorer (new-this-week lines marked), or what an empty
 * section means.
 */
import type { DigestAnswer, DigestLine, DigestSection } from '../../server/schema/digest.ts';
import { el } from '../shell/dom.ts';

const lastDay = (iso: string) => new Date(Date.parse(iso) - 1).toISOString().slice(0, 10);

/** Something drawn after a line, e.g. "Mark as taken" for a line that proposes an action. */
export type LineExtra = (line: DigestLine) => HTMLElement | null;

function lineItem(line: DigestLine, extra: LineExtra): HTMLElement {
  return el('li', { className: 'digest-line', attrs: { 'data-new': line.isNew } }, [
    line.isNew ? el('span', { className: 'digest-new', text: 'new' }) : null,
    el('a', { text: line.text, attrs: { href: line.link } }),
    extra(line),
  ]);
}

function section(s: DigestSection, extra: LineExtra): HTMLElement {
  const fresh = s.lines.filter((l) => l.isNew).length;
  const count = s.lines.length === 0 ? '' : ` (${s.lines.length}${fresh ? `, ${fresh} new` : ''})`;
  return el('section', { className: 'digest-section', attrs: { 'data-section': s.id } }, [
    el('h2', { text: `${s.title}${count}` }),
    s.lines.length > 0
      ? el(
          'ul',
          { className: 'digest-lines' },
          s.lines.map((line) => lineItem(line, extra)),
        )
      : el('p', { className: 'muted digest-empty', text: s.empty }),
  ]);
}

export function renderDigest(digest: DigestAnswer, extra: LineExtra = () => null): HTMLElement[] {
  return [
    el('h1', {
      className: 'digest-title',
      text: `${digest.brm.name}’s week, ${digest.week.from.slice(0, 10)} to ${lastDay(digest.week.to)}`,
    }),
    el('p', {
      className: 'muted',
      text: `Departments you serve: ${digest.departments.map((d) => d.name).join(', ')}.`,
    }),
    ...digest.sections.map((s) => section(s, extra)),
  ];
}
