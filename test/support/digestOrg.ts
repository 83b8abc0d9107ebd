/**
 * The demo org for the digest tests (s, seed 1): imported, the BRM of its planted declining relationship found
 * by the ground truth, and the app in front of it with tokens that may name their person.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../server/auth/roles.ts';
import { TokenStore, sha256Hex } from '../../server/auth/tokenStore.ts';
import type { Database } from '../../server/db/database.ts';
import { CLIENT_DIST, ensureClientBuilt } from '../../server/explorer/build.ts';
import type { GeneratedOrg } from '../../seed/generate.ts';
import { startTestApp, type TestApp } from '../integration/api/appHarness.ts';
import { connectTestDatabase } from './db.ts';
import { importDemoOrg } from './demoOrg.ts';

export interface DigestApp {
  db: Database;
  app: TestApp;
  org: GeneratedOrg;
  /** The BRM of the department of the planted declining relationship. */
  brmId: string;
}

export interface TokenSpec {
  /** The token's text, also its label. */
  token: string;
  role: Role;
  personId?: string;
}

/** Registers the file's beforeAll/afterAll; `tokens` gets the BRM's id; `explorer` serves the built client. */
export function useDigestApp(tokens: (brmId: string) => TokenSpec[], explorer = false): DigestApp {
  const fixture = {} as DigestApp;
  beforeAll(async () => {
    fixture.db = await connectTestDatabase();
    fixture.org = await importDemoOrg(fixture.db, 's', 1);
    const { departmentId } = fixture.org.groundTruth.decliningRelationship;
    fixture.brmId = fixture.org.bundle.brmAssignments.find((b) => b.departmentId === departmentId)!.personId;
    if (explorer) await ensureClientBuilt();
    fixture.app = await startTestApp(fixture.db, {
      tokens: tokenStore(tokens(fixture.brmId)),
      ...(explorer && { explorerDir: CLIENT_DIST }),
    });
  });
  afterAll(async () => {
    await fixture.app?.close();
    await fixture.db?.close();
  });
  return fixture;
}

function tokenStore(tokens: TokenSpec[]): TokenStore {
  return new TokenStore(
    tokens.map(({ token, role, personId }) => ({
      tokenSha256: sha256Hex(token),
      role,
      label: token,
      ...(personId && { personId }),
    })),
  );
}
