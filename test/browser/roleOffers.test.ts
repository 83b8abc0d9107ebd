/**
 * Plain words and no dead ends, in headless Chromium on the `s` demo org: a unit's insight card says when its
 * contact runs through one person or it has no BRM (the person named for an analyst, not for a viewer), and a
 * viewer is never offered what its role cannot use — no console link in the header, no person level in the
 * silos view, a plain message at `#/console`.
 */
import { describe, expect, it } from 'vitest';
import type { GraphAnswer, GraphNode } from '../../server/schema/graph.ts';
import { mapSettled, screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 42);

async function units(as: 'viewer' | 'analyst'): Promise<GraphAnswer> {
  const response = await fixture.explorer.app.call('/api/graph?level=unit&window=90d&limit=20000', { as });
  expect(response.status).toBe(200);
  return (await response.json()) as GraphAnswer;
}

/** A department the card must speak of: one without a BRM, or whose tie to a unit on the map has one carrier. */
function fragile(answer: GraphAnswer): { node: GraphNode; says: string } {
  const onMap = (a: string, b: string) =>
    answer.edges.some((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
  for (const node of answer.nodes) {
    const contacts = node.contacts;
    if (!contacts || node.unitKind !== 'business') continue;
    if (contacts.hasBrm === false) return { node, says: 'has no BRM' };
    if (contacts.partners.some((p) => p.people === 1 && onMap(node.id, p.unit)))
      return { node, says: 'through one person' };
  }
  throw new Error('the s org has no department with a fragile contact');
}

describe('insight cards in plain words', () => {
  for (const role of ['analyst', 'viewer'] as const)
    it(`says a department's fragile contact in a sentence (${role})`, async () => {
      const answer = await units(role);
      const { node, says } = fragile(answer);
      const { page, problems } = await fixture.explorer.open(role, `#/map?node=${node.id}&window=90d`);
      await mapSettled(page);
      await page.waitForSelector(`#details-title:text-is("${node.label}")`);
      const card = (await page.textContent('.details .insights'))!;
      expect(card).toContain(says);
      const named = answer.nodes.flatMap((n) => [n.contacts?.outside, ...(n.contacts?.partners ?? [])]);
      if (role === 'viewer') {
        expect(named.some((carriers) => carriers?.person)).toBe(false);
        for (const person of fixture.org.bundle.people) expect(card).not.toContain(person.name);
      }
      await screenshot(page, `insight-card-${role}`);
      expect(problems).toEqual([]);
    });
});

describe('a viewer is not offered what its role cannot use', () => {
  const navLinks = (page: import('playwright-core').Page) =>
    page.$$eval('header nav a', (links) =>
      links.filter((a) => !(a as HTMLAnchorElement).hidden).map((a) => a.textContent),
    );

  it('links the console for an analyst only', async () => {
    const analyst = await fixture.explorer.open('analyst', '#/map');
    await mapSettled(analyst.page);
    await analyst.page.waitForSelector('header nav a:text-is("Cypher console"):visible');
    const viewer = await fixture.explorer.open('viewer', '#/map');
    await mapSettled(viewer.page);
    const shown = await navLinks(viewer.page);
    expect(shown).toContain('Network map');
    expect(shown).not.toContain('Cypher console');
    expect(await viewer.page.locator('header nav a:text-is("Cypher console"):visible').count()).toBe(0);
    await screenshot(viewer.page, 'header-viewer');
    expect([...analyst.problems, ...viewer.problems]).toEqual([]);
  });

  it('offers a viewer the silos of units only, even from a link to the person level', async () => {
    const { page, problems } = await fixture.explorer.open('viewer', '#/silos?level=person');
    await page.waitForSelector('.silos-summary:has-text("units flagged isolated")');
    const options = await page.$$eval('#silos-level option', (all) =>
      all.map((o) => (o as HTMLOptionElement).value),
    );
    expect(options).toEqual(['unit']);
    expect(await page.evaluate(() => window.location.hash)).not.toContain('level=person');
    expect(problems).toEqual([]);
    const analyst = await fixture.explorer.open('analyst', '#/silos');
    await analyst.page.waitForSelector('#silos-level option[value="person"]', { state: 'attached' });
  });

  it('shows a viewer a plain message at #/console', async () => {
    const { page } = await fixture.explorer.open('viewer', '#/console');
    await page.waitForSelector('.needs-role');
    expect(await page.textContent('.needs-role h1')).toBe('The Cypher console needs the analyst role');
    expect(await page.locator('#cypher-text').count()).toBe(0);
  });
});
