/**
 * `npm run token -- --role viewer|analyst|admin --label "Leadership team"`
 * Adds a token to the tokens file (its hash only) and prints the token once on standard output. Trellis reads
 * the tokens file at start-up: restart it to use the new token.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { addToken } from '../auth/addToken.ts';
import { roleSchema } from '../auth/roles.ts';
import { loadConfig } from '../config.ts';
import { TrellisError } from '../errors.ts';
import { runCli } from './run.ts';

const argsSchema = z.object({
  role: roleSchema,
  label: z.string().trim().min(1, 'name who the token is for').max(100),
});

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { role: { type: 'string' }, label: { type: 'string' } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
    throw new TrellisError(
      'input_unreadable',
      `${problems.join('\n')}\nusage: npm run token -- --role viewer --label "Leadership team"`,
    );
  }
  const { tokensFile } = loadConfig().api;
  const token = addToken(tokensFile, parsed.data.role, parsed.data.label);
  process.stderr.write(
    `Added a ${parsed.data.role} token to ${tokensFile}; restart Trellis to use it. The token (shown once):\n`,
  );
  process.stdout.write(`${token}\n`);
}

runCli(main);
