/**
 * `npm run forget -- --person p-0012`
 * Forgets one person, all or nothing (the same as DELETE /api/people/{id}): their node, memberships,
 * participations and the feedback they gave, and engagements left joining fewer than two people. A running
 * Trellis drops every answer computed before within a second (the data version moves).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { TrellisError } from '../errors.ts';
import { forgetPerson } from '../import/erasure.ts';
import { forgetParams } from '../schema/erasure.ts';
import { runCli } from './run.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { person: { type: 'string' } } });
  const parsed = forgetParams.safeParse({ id: values.person });
  if (!parsed.success)
    throw new TrellisError(
      'input_unreadable',
      '--person: give the id of the person\nusage: npm run forget -- --person p-0012',
    );
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const database = await openDatabase(loadConfig().neo4j, { report: say });
  try {
    const forgotten = await forgetPerson(database.db, parsed.data.id);
    if (!forgotten.found) {
      say('There is no such person; nothing was changed.');
      return 1;
    }
    say(
      `Forgotten, with ${forgotten.feedback} feedback answers, ${forgotten.engagements} engagements and ${forgotten.surveyTies} survey answers.`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main);
