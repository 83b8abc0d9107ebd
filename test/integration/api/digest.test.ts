/**
 * A BRM's week on the demo org (s, seed 1, where the planted declining relationship reads declining in the
 * window ending with the history): GET /api/digest of that relationship's BRM lists it, with a link that
 * opens it on the relationships dashboard; a token naming its person gets its own week without brm, and
 * GET /api/me names the person; a person who is not a BRM is a 422 that says so; an unknown person a 404 that
 * does not echo the id. `npm run digest` writes the same week as Markdown and HTML, and posts it to
 * TRELLIS_DIGEST_WEBHOOK (retrying after a 500).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { DIGEST_SECTIONS, type DigestAnswer } from '../../../server/schema/digest.ts';
import { decodeState } from '../../../client/state/url.ts';
import { useDigestApp } from '../../support/digestOrg.ts';

const WEEK = '2026-10-26';
const TOKENS = { analyst: 'digest-analyst-token', viewer: 'digest-viewer-token', brm: 'digest-brm-token' };

const fixture = useDigestApp((brmId) => [
  { token: TOKENS.analyst, role: 'analyst' },
  { token: TOKENS.viewer, role: 'viewer' },
  { token: TOKENS.brm, role: 'analyst', personId: brmId },
]);

const get = (pathAndQuery: string, token: string) =>
  fetch(`${fixture.app.base}${pathAndQuery}`, { headers: { authorization: `Bearer ${token}` } });

async function digestOf(query: string, token = TOKENS.analyst): Promise<DigestAnswer> {
  const res = await get(`/api/digest?${query}`, token);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as DigestAnswer;
}

describe('GET /api/digest on the demo org', () => {
  it('lists the planted declining relationship for its BRM, linked to the dashboard', async () => {
    const { providerId, departmentId } = fixture.org.groundTruth.decliningRelationship;
    const digest = await digestOf(`brm=${fixture.brmId}&week=${WEEK}`);
    expect(digest.brm.id).toBe(fixture.brmId);
    expect(digest.week).toEqual({ from: `${WEEK}T00:00:00.000Z`, to: '2026-11-02T00:00:00.000Z' });
    expect(digest.departments.map((d) => d.id)).toContain(departmentId);
    const stages = digest.sections.find((s) => s.id === 'stages')!;
    const line = stages.lines.find((l) => l.units.join() === `${providerId},${departmentId}`);
    expect(line, JSON.stringify(stages.lines)).toBeDefined();
    expect(line!.text).toMatch(/declining/);
    expect(decodeState(line!.link)).toMatchObject({
      view: 'relationships',
      relationship: [providerId, departmentId],
    });
    expect(digest.sections.map((s) => s.id)).toEqual([...DIGEST_SECTIONS]);
    // every line of every section is about the BRM's departments and links somewhere the explorer reads
    const served = new Set(digest.departments.map((d) => d.id));
    for (const section of digest.sections.filter((s) => s.id !== 'introductions'))
      for (const l of section.lines) {
        expect(
          l.units.some((u) => served.has(u)),
          l.text,
        ).toBe(true);
        expect(l.link).toMatch(/^#\/(relationships|silos|map)\?/);
        expect(`#/${decodeState(l.link).view}?`, l.link).toBe(l.link.slice(0, l.link.indexOf('?') + 1));
      }
  });

  it('gives a token that names its person its own week, and /api/me names the person', async () => {
    const me = await (await get('/api/me', TOKENS.brm)).json();
    expect(me).toMatchObject({ role: 'analyst', personId: fixture.brmId });
    expect(await (await get('/api/me', TOKENS.analyst)).json()).not.toHaveProperty('personId');
    const own = await digestOf(`week=${WEEK}`, TOKENS.brm);
    expect(own.brm.id).toBe(fixture.brmId);
    const res = await get(`/api/digest?week=${WEEK}`, TOKENS.analyst);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('says so for someone who is not a BRM, and 404s an unknown person without echoing it', async () => {
    const brms = new Set(fixture.org.bundle.brmAssignments.map((b) => b.personId));
    const staff = fixture.org.bundle.people.find((p) => !brms.has(p.id))!;
    const res = await get(`/api/digest?brm=${staff.id}&week=${WEEK}`, TOKENS.analyst);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { code: string; title: string; detail: string };
    expect(problem.code).toBe('not_a_brm');
    expect(`${problem.title} ${problem.detail}`).toMatch(/not a BRM/);
    const unknown = await get('/api/digest?brm=p-nobody-here&week=2026-10-26', TOKENS.analyst);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).not.toContain('p-nobody-here');
    expect((await get(`/api/digest?brm=${fixture.brmId}`, TOKENS.viewer)).status).toBe(403);
  });
});

describe('npm run digest', () => {
  it('writes the week as Markdown and HTML and posts it to the webhook, retrying after a 500', async () => {
    const received: string[] = [];
    const hook = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(body);
        res.writeHead(received.length === 1 ? 500 : 200).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-digest-'));
    try {
      const neo4j = inject('neo4j');
      const { stderr } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'server/cli/digest.ts', '--brm', fixture.brmId, '--week', WEEK, '--out', out],
        {
          env: {
            ...process.env,
            NEO4J_URI: neo4j.uri,
            NEO4J_USER: neo4j.user,
            NEO4J_PASSWORD: neo4j.password,
            TRELLIS_DATA_DIR: out,
            TRELLIS_DIGEST_WEBHOOK: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`,
          },
        },
      );
      expect(stderr).toMatch(/2 attempt/);
      const stem = path.join(out, `digest-${fixture.brmId}-${WEEK}`);
      const { providerId, departmentId } = fixture.org.groundTruth.decliningRelationship;
      const markdown = fs.readFileSync(`${stem}.md`, 'utf8');
      expect(markdown).toContain(`#/relationships?rel=${providerId},${departmentId}`);
      expect(markdown).toMatch(/^## Relationships declining or dormant$/m);
      const html = fs.readFileSync(`${stem}.html`, 'utf8');
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain(`#/relationships?rel=${providerId},${departmentId}`);
      expect(received).toHaveLength(2);
      const text = (JSON.parse(received[1]!) as { text: string }).text;
      expect(text).toContain(`rel=${providerId},${departmentId}`);
    } finally {
      hook.close();
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
