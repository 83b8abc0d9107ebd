/**
 * The local default: on first start, an admin token is generated. The tokens file holds its hash only; the
 * token itself goes to an owner-only file beside it (like the managed Neo4j's password), whose path is printed
 * so the user can read it. The token is never printed or logged.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sha256Hex, type TokenEntry } from './tokenStore.ts';

export interface CreatedToken {
  /** Where the plain token was written (owner-only). */
  tokenFile: string;
}

/** Creates the tokens file with one admin token when it does not exist; returns where the token is. */
export function ensureDefaultAdminToken(tokensFile: string): CreatedToken | undefined {
  if (fs.existsSync(tokensFile)) return undefined;
  const folder = path.dirname(tokensFile);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const token = randomBytes(32).toString('base64url');
  const tokenFile = path.join(folder, 'admin-token');
  fs.writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
  const entries: TokenEntry[] = [{ tokenSha256: sha256Hex(token), role: 'admin', label: 'local admin' }];
  fs.writeFileSync(tokensFile, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return { tokenFile };
}
