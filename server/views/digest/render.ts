/**
 * A digest as files and as a chat message: Markdown, a self-contained HTML page (no script, every text
 * escaped), and the plain text of a Slack or Teams incoming webhook (`{ "text": … }`: both take it; a bare URL
 * is linked by both, where Markdown links are not). Links are the explorer's fragments on `base`, e.g.
 * http://127.0.0.1:3000/.
 */
import type { DigestAnswer, DigestLine } from '../../schema/digest.ts';

const day = (iso: string) => iso.slice(0, 10);
const lastDay = (iso: string) => new Date(Date.parse(iso) - 1).toISOString().slice(0, 10);

export function digestTitle(digest: DigestAnswer): string {
  return `${digest.brm.name}'s week, ${day(digest.week.from)} to ${lastDay(digest.week.to)}`;
}

const departmentsLine = (digest: DigestAnswer) =>
  `Departments you serve: ${digest.departments.map((d) => d.name).join(', ')}.`;

const mark = (line: DigestLine) => (line.isNew ? 'NEW ' : '');

/** Square brackets and the like would break a Markdown link's text. */
const markdownText = (text: string) => text.replace(/([\\[\]*_`<>])/g, '\\$1');

export function digestMarkdown(digest: DigestAnswer, base: string): string {
  const parts = [`# ${markdownText(digestTitle(digest))}`, '', departmentsLine(digest), ''];
  for (const section of digest.sections) {
    parts.push(`## ${section.title}`, '');
    if (section.lines.length === 0) parts.push(`_${section.empty}_`);
    for (const line of section.lines)
      parts.push(`- ${line.isNew ? '**new** ' : ''}[${markdownText(line.text)}](${base}${line.link})`);
    parts.push('');
  }
  return parts.join('\n');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function digestHtml(digest: DigestAnswer, base: string): string {
  const title = escapeHtml(digestTitle(digest));
  const sections = digest.sections.map((section) => {
    const items = section.lines.map(
      (line) =>
        `<li${line.isNew ? ' class="new"' : ''}><a href="${escapeHtml(base + line.link)}">${escapeHtml(line.text)}</a></li>`,
    );
    const body = items.length
      ? `<ul>${items.join('')}</ul>`
      : `<p class="empty">${escapeHtml(section.empty)}</p>`;
    return `<section id="${section.id}"><h2>${escapeHtml(section.title)}</h2>${body}</section>`;
  });
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${title}</title>`,
    '<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}' +
      'li.new::before{content:"new ";font-weight:600;color:#b35806}.empty{color:#555}</style></head>',
    `<body><h1>${title}</h1><p>${escapeHtml(departmentsLine(digest))}</p>${sections.join('')}</body></html>`,
    '',
  ].join('\n');
}

export function digestText(digest: DigestAnswer, base: string): string {
  const parts = [digestTitle(digest), departmentsLine(digest)];
  for (const section of digest.sections) {
    if (section.lines.length === 0) continue;
    parts.push('', `${section.title}:`);
    for (const line of section.lines) parts.push(`• ${mark(line)}${line.text} ${base}${line.link}`);
  }
  if (parts.length === 2) parts.push('', 'Nothing needs you this week.');
  return parts.join('\n');
}
