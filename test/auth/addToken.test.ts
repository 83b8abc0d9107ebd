import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToken } from '../../server/auth/addToken.ts';
import { ensureDefaultAdminToken } from '../../server/auth/defaultToken.ts';
import { readTokenStore } from '../../server/auth/tokenStore.ts';

describe('addToken', () => {
  it('adds a token whose hash only is stored, beside the existing ones, owner-only', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-tokens-'));
    const file = path.join(folder, 'tokens.json');
    ensureDefaultAdminToken(file);
    const token = addToken(file, 'viewer', 'Leadership team');
    const store = readTokenStore(file);
    expect(store.size).toBe(2);
    expect(store.lookup(token)).toMatchObject({ role: 'viewer', label: 'Leadership team' });
    expect(fs.readFileSync(file, 'utf8')).not.toContain(token);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(() => addToken(file, 'analyst', 'Leadership team')).toThrow(/exists already/);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
