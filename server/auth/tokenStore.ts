/**
 * The bearer tokens Trellis accepts, read from the tokens file: a JSON array of { tokenSha256, role, label }.
 * Only hashes are stored; a presented token is hashed and compared with every entry in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { TrellisError } from '../errors.ts';
import { roleSchema, type Principal } from './roles.ts';

const entrySchema = z.object({
  tokenSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  role: roleSchema,
  label: z.string().min(1).max(100),
  /** The person the token speaks for (optional; checked to exist when the token is added). */
  personId: z.string().min(1).max(200).optional(),
});
export const tokensFileSchema = z.array(entrySchema);
export type TokenEntry = z.infer<typeof entrySchema>;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class TokenStore {
  private readonly entries: Array<TokenEntry & { digest: Buffer }>;

  constructor(entries: TokenEntry[]) {
    this.entries = entries.map((entry) => ({ ...entry, digest: Buffer.from(entry.tokenSha256, 'hex') }));
  }

  /** The principal a presented token belongs to, or undefined. Checks every entry so timing says nothing. */
  lookup(token: string): Principal | undefined {
    const presented = Buffer.from(sha256Hex(token), 'hex');
    let found: TokenEntry | undefined;
    for (const entry of this.entries) {
      if (timingSafeEqual(presented, entry.digest) && !found) found = entry;
    }
    if (!found) return undefined;
    const principal = { role: found.role, label: found.label, tokenId: found.tokenSha256.slice(0, 12) };
    return found.personId ? { ...principal, personId: found.personId } : principal;
  }

  get size(): number {
    return this.entries.length;
  }
}

export function readTokenStore(file: string): TokenStore {
  return new TokenStore(readTokenEntries(file));
}

/** The entries of a tokens file, validated; a clear config_invalid error names what is wrong. */
export function readTokenEntries(file: string): TokenEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'not valid JSON';
    throw new TrellisError('config_invalid', `TRELLIS_TOKENS_FILE ${file} cannot be read (${reason})`);
  }
  const parsed = tokensFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  [${issue.path.join('.')}]: ${issue.message}`);
    throw new TrellisError('config_invalid', `TRELLIS_TOKENS_FILE ${file}:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
