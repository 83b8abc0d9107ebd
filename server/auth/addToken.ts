/**
 * Adds a bearer token to the tokens file: a new random token whose hash only is stored, under a role and a
 * label (and the person it speaks for, if any). The file is rewritten atomically (owner-only); the token itself is returned once, to be handed over.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TrellisError } from '../errors.ts';
import type { Role } from './roles.ts';
import { readTokenEntries, sha256Hex, type TokenEntry } from './tokenStore.ts';

export function addToken(tokensFile: string, role: Role, label: string, personId?: string): string {
  const entries: TokenEntry[] = fs.existsSync(tokensFile) ? readTokenEntries(tokensFile) : [];
  if (entries.some((entry) => entry.label === label))
    throw new TrellisError(
      'input_unreadable',
      `a token labelled '${label}' exists already; choose another label`,
    );
  const token = randomBytes(32).toString('base64url');
  entries.push({ tokenSha256: sha256Hex(token), role, label, ...(personId && { personId }) });
  fs.mkdirSync(path.dirname(tokensFile), { recursive: true, mode: 0o700 });
  const draft = `${tokensFile}.${process.pid}.tmp`;
  fs.writeFileSync(draft, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(draft, tokensFile);
  return token;
}
