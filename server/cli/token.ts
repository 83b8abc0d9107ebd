/**
 * `npm run token -- --role viewer|analyst|admin --label "Leadership team" [--person p-0012]`
 * Adds a token to the tokens file (its hash only) and prints the token once on standard output. With --person
 * the token speaks for that person (checked to exist in Neo4j): GET /api/me names them, and a BRM's token gets
 * their own week from GET /api/digest and the explorer's "My week". Trellis reads the tokens file at
 * start-up: restart it to use the new token.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { addToken } from '../auth/addToken.ts';
import { roleSchema } from '../auth/roles.ts';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { toDateTime } from '../db/values.ts';
import { TrellisError } from '../errors.ts';
import { runCli } from './run.ts';

const argsSchema = z.object({
  role: roleSchema,
  label: z.string().trim().min(1, 'name who the token is for').max(100),
  person: z
    .string()
    .regex(/^[^\s,]{1,200}$/, 'give the id of a person')
    .optional(),
});

/** The person must exist: a token naming nobody would only fail later, at every request. */
async function checkPerson(config: Config, personId: string): Promise<void> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const database = await openDatabase(config.neo4j, { report: say });
  try {
    const rows = await database.db.read('views/brmDepartments', { personId, to: toDateTime(new Date()) });
    if (rows.length === 0)
      throw new TrellisError('input_unreadable', '--person: there is no such person; no token was added');
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, label: { type: 'string' }, person: { type: 'string' } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
    throw new TrellisError(
      'input_unreadable',
      `${problems.join('\n')}\nusage: npm run token -- --role viewer --label "Leadership team" [--person p-0012]`,
    );
  }
  const config = loadConfig();
  const { role, label, person } = parsed.data;
  if (person) await checkPerson(config, person);
  const { tokensFile } = config.api;
  const token = addToken(tokensFile, role, label, person);
  process.stderr.write(
    `Added a ${role} token${person ? ` for ${person}` : ''} to ${tokensFile}; restart Trellis to use it. The token (shown once):\n`,
  );
  process.stdout.write(`${token}\n`);
}

runCli(main);
