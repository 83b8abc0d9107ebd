/**
 * The digest as files and chat text: every line linked on the base URL, text escaped in HTML (a unit named
 * like markup stays text), new lines marked, empty sections saying what they mean; the links are fragments the
 * explorer decodes to the view and selection they name; the week is [first day, +7 days) and its windows end
 * with it and a week earlier.
 */
import { describe, expect, it } from 'vitest';
import { digestWeek } from '../../server/analytics/digest/week.ts';
import type { DigestAnswer } from '../../server/schema/digest.ts';
import { personLink, relationshipLink, unitLink } from '../../server/views/digest/links.ts';
import { digestHtml, digestMarkdown, digestText } from '../../server/views/digest/render.ts';
import { decodeState } from '../../client/state/url.ts';

const BASE = 'http://127.0.0.1:3000/';
const digest: DigestAnswer = {
  brm: { id: 'p-dora', name: 'Dora' },
  week: { from: '2026-10-26T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' },
  window: { key: 'w', from: '2026-08-04T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' },
  previous: { key: 'p', from: '2026-07-28T00:00:00.000Z', to: '2026-10-26T00:00:00.000Z' },
  departments: [{ id: 'sales', name: 'Sales' }],
  sections: [
    {
      id: 'stages',
      title: 'Relationships declining or dormant',
      empty: 'none',
      lines: [
        {
          text: 'IT → <b>Sales</b>: turned declining this week',
          link: relationshipLink('prov-it', 'sales'),
          isNew: true,
          units: ['prov-it', 'sales'],
          people: [],
        },
      ],
    },
    { id: 'promises', title: 'Promises', empty: 'Every promise was kept.', lines: [] },
  ],
};

describe('digest rendering', () => {
  it('links every line on the base URL, escapes HTML and marks new lines', () => {
    const link = `${BASE}#/relationships?rel=prov-it,sales`;
    const markdown = digestMarkdown(digest, BASE);
    expect(markdown).toContain(`- **new** [IT → \\<b\\>Sales\\</b\\>: turned declining this week](${link})`);
    expect(markdown).toContain('_Every promise was kept._');
    const html = digestHtml(digest, BASE);
    expect(html).toContain(`<li class="new"><a href="${link}">IT → &#60;b&#62;Sales&#60;/b&#62;`);
    expect(html).not.toContain('<b>Sales');
    expect(html).toContain('<title>Dora&#39;s week, 2026-10-26 to 2026-11-01</title>');
    const text = digestText(digest, BASE);
    expect(text).toContain(`• NEW IT → <b>Sales</b>: turned declining this week ${link}`);
    expect(text).not.toContain('Promises');
  });

  it('links to fragments the explorer decodes', () => {
    expect(decodeState(relationshipLink('prov-it', 'dept-004'))).toMatchObject({
      view: 'relationships',
      relationship: ['prov-it', 'dept-004'],
    });
    expect(decodeState(unitLink('dept-004'))).toMatchObject({ view: 'silos', node: 'dept-004' });
    expect(decodeState(personLink('p-0012'))).toMatchObject({
      view: 'map',
      level: 'person',
      node: 'p-0012',
      focus: true,
    });
  });

  it('takes the week from its first day, judged on windows ending with it and a week earlier', () => {
    const week = digestWeek('2026-10-26', new Date('2026-11-01T00:00:00Z'));
    expect(week.week.to.toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(week.current).toEqual({ from: '2026-08-04', to: '2026-11-02' });
    expect(week.previous).toEqual({ from: '2026-07-28', to: '2026-10-26' });
    const latest = digestWeek(undefined, new Date('2026-11-01T00:00:00Z'));
    expect(latest.week.from.toISOString()).toBe('2026-10-25T00:00:00.000Z');
  });
});
