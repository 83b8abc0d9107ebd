/**
 * Tokens: the local default creates one admin token, stored hashed, with the token itself in an owner-only
 * file; a hand-written tokens file is validated; lookups compare hashes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDefaultAdminToken } from '../../../server/auth/defaultToken.ts';
import { readTokenStore, sha256Hex, TokenStore } from '../../../server/auth/tokenStore.ts';
import { loadConfig } from '../../../server/config.ts';
import { TrellisError } from '../../../server/errors.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-tokens-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('tokens', () => {
  it('creates an admin token on first start, hashed in the tokens file, the token owner-only beside it', () => {
    const tokensFile = path.join(folder, 'data', 'tokens.json');
    const created = ensureDefaultAdminToken(tokensFile);
    expect(created?.tokenFile).toBe(path.join(folder, 'data', 'admin-token'));
    const token = fs.readFileSync(created!.tokenFile, 'utf8').trim();
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(fs.statSync(created!.tokenFile).mode & 0o077).toBe(0);
    expect(fs.statSync(tokensFile).mode & 0o077).toBe(0);
    const stored = fs.readFileSync(tokensFile, 'utf8');
    expect(stored).not.toContain(token);
    expect(JSON.parse(stored)).toEqual([
      { tokenSha256: sha256Hex(token), role: 'admin', label: 'local admin' },
    ]);
    expect(readTokenStore(tokensFile).lookup(token)).toMatchObject({ role: 'admin', label: 'local admin' });
    expect(ensureDefaultAdminToken(tokensFile)).toBeUndefined(); // the second start keeps it
  });

  it('finds the role of a token and nothing for an unknown one', () => {
    const store = new TokenStore([
      { tokenSha256: sha256Hex('v'), role: 'viewer', label: 'v' },
      { tokenSha256: sha256Hex('a'), role: 'analyst', label: 'a' },
    ]);
    expect(store.lookup('a')?.role).toBe('analyst');
    expect(store.lookup('v')?.role).toBe('viewer');
    expect(store.lookup('x')).toBeUndefined();
    expect(store.lookup('')).toBeUndefined();
  });

  it('refuses a tokens file with a plain token or an unknown role, naming the entry', () => {
    const file = path.join(folder, 'bad.json');
    fs.writeFileSync(file, JSON.stringify([{ tokenSha256: 'plain-secret', role: 'root', label: 'x' }]));
    expect(() => readTokenStore(file)).toThrow(TrellisError);
    expect(() => readTokenStore(file)).toThrow(/\[0\.tokenSha256\]/);
    expect(() => readTokenStore(file)).not.toThrow(/plain-secret/);
  });

  it('reads the tokens file, console and limit settings from the configuration', () => {
    const config = loadConfig({ TRELLIS_DATA_DIR: folder, TRELLIS_CONSOLE_TIMEOUT_MS: '5000' });
    expect(config.api).toMatchObject({
      tokensFile: path.join(folder, 'tokens.json'),
      createDefaultToken: true,
      console: { timeoutMs: 5000, maxRows: 1000 },
    });
    const own = loadConfig({ TRELLIS_TOKENS_FILE: path.join(folder, 'mine.json') });
    expect(own.api.createDefaultToken).toBe(false);
  });
});
