/**
 * The Cypher console in headless Chromium against the real POST /api/cypher and the `s` demo org (seed 1):
 * a library query fills the editor and its parameters, runs with Ctrl+Enter and shows the server's rows as a
 * table and its nodes and relationships as a graph; a hostile query shows the server's refusal as stated and
 * leaves the data alone; a syntax error's position is marked; a viewer is told the role it needs.
 */
import { describe, expect, it } from 'vitest';
import { TOL_MUTED } from '../../client/theme.ts';
import type { CypherAnswer, LibraryQuery } from '../../server/schema/api.ts';
import { graphFingerprint } from '../support/db.ts';
import { drawnColours, screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 1);

/** Failed requests the page makes on purpose (a refused query) show up as console errors; only those. */
const unexpected = (problems: string[], status: number) =>
  problems.filter((p) => !p.includes(`status of ${status}`));

describe('Cypher console', () => {
  it('runs a library query and shows its table and its graph', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/console');
    await page.waitForSelector('#library-query option[value="unitHierarchy"]', { state: 'attached' });
    const library = (await (
      await fixture.explorer.app.call('/api/cypher/library', { as: 'analyst' })
    ).json()) as {
      queries: LibraryQuery[];
    };
    const query = library.queries.find((q) => q.name === 'unitHierarchy')!;
    await page.selectOption('#library-query', 'unitHierarchy');
    await page.waitForFunction(() => window.location.hash.includes('query=unitHierarchy'));
    expect(await page.inputValue('#cypher-text')).toBe(query.text);
    expect(await page.inputValue('.param-name')).toBe('maxMembers');
    expect(await page.inputValue('.param-value')).toBe(String(query.parameters[0]!.default));
    await page.focus('#cypher-text');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.result-summary');
    const response = await fixture.explorer.app.call('/api/cypher', {
      as: 'analyst',
      json: { query: query.text, parameters: { maxMembers: 25 }, limit: 1000 },
    });
    const answer = (await response.json()) as CypherAnswer;
    expect(await page.locator('.result-table tbody tr').count()).toBe(answer.rows.length);
    expect(await page.textContent('.result-summary')).toContain(`${answer.rows.length} rows`);
    expect(await page.textContent('#tab-graph')).toContain(
      `${answer.graph.nodes.length} nodes, ${answer.graph.relationships.length} relationships`,
    );
    await screenshot(page, 'console-table');
    await page.click('#tab-graph');
    await page.waitForSelector('.console-stage[data-layout="settled"]');
    await page.waitForTimeout(500);
    const colours = await drawnColours(page, [TOL_MUTED[0], TOL_MUTED[1]]);
    expect(colours[TOL_MUTED[0]]).toBeGreaterThan(100); // people, the most frequent label
    expect(colours[TOL_MUTED[1]]).toBeGreaterThan(20); // units
    expect(await page.textContent('.console-graph-side')).toContain('MEMBER_OF');
    await screenshot(page, 'console-graph');
    expect(problems).toEqual([]);
  });

  it('shows the server’s refusal of a hostile query plainly, and marks a syntax error', async () => {
    const hostile = 'MATCH (n) DETACH DELETE n';
    const before = await graphFingerprint(fixture.db);
    const { page, problems } = await fixture.explorer.open('analyst', '#/console');
    await page.waitForSelector('#cypher-text');
    await page.fill('#cypher-text', hostile);
    await page.click('button.run');
    await page.waitForSelector('.console-error:not([hidden])');
    const refusal = await fixture.explorer.app.call('/api/cypher', {
      as: 'analyst',
      json: { query: hostile },
    });
    const problem = (await refusal.json()) as { title: string; detail: string; code: string };
    const shown = await page.textContent('.console-error');
    expect(shown).toContain(problem.title);
    expect(shown).toContain(problem.detail);
    expect(shown).toContain(`HTTP ${refusal.status}`);
    expect(shown).toContain(problem.code);
    expect(await graphFingerprint(fixture.db)).toEqual(before);
    await screenshot(page, 'console-refused');
    await page.fill('#cypher-text', 'MATCH (n:Person)\nRETURN n.name, count(* AS c');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() =>
      document.querySelector('.console-error')?.textContent?.includes('line 2'),
    );
    expect(await page.textContent('.editor mark.error-at')).toBe('(');
    expect(unexpected(unexpected(problems, 403), 400)).toEqual([]);
  });

  it('tells a viewer the console needs the analyst role, and shows no names', async () => {
    const { page, problems } = await fixture.explorer.open('viewer', '#/console?query=egoNetwork');
    await page.waitForSelector('.needs-role');
    expect(await page.textContent('.needs-role h1')).toBe('The Cypher console needs the analyst role');
    expect(await page.locator('#cypher-text').count()).toBe(0);
    const text = await page.evaluate(() => document.body.innerText);
    for (const person of fixture.org.bundle.people) expect(text).not.toContain(person.name);
    await screenshot(page, 'console-viewer');
    expect(unexpected(problems, 403)).toEqual([]);
  });
});
