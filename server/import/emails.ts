/**
 * E-mail addresses are unique regardless of case: two people of one import may not share one, nor may a person
 * of the import take the address another person holds in the database — even one this import moves to a new
 * address, since a new person's address becomes visible at the switch, before that move (move it first, in an
 * import of its own). The database's constraint (cypher/schema.cypher, on the lower-cased `emailKey`) would
 * refuse it at the switch; this reports it first, with file, line and field.
 */
import type { IssueLog } from './issueLog.ts';
import type { ValidatedRows } from './validateRows.ts';

/** The lower-cased form that carries the uniqueness (`Ana@Example.com` and `ana@example.com` are one). */
export function emailKey(email: string): string {
  return email.toLowerCase();
}

/** Who holds each of the given lower-cased addresses in the database. */
export type LookupEmails = (keys: string[]) => Promise<Map<string, string>>;

export async function checkEmails(
  rows: ValidatedRows,
  lookupEmails: LookupEmails,
  issues: IssueLog,
): Promise<void> {
  const { file, lines } = rows.origins.people;
  const holder = new Map<string, string>();
  const report = (index: number, reason: string) =>
    issues.add({ file, line: lines[index] ?? null, field: 'email', reason, code: 'duplicate' });
  rows.bundle.people.forEach((person, index) => {
    if (person.email === undefined) return;
    const key = emailKey(person.email);
    const earlier = holder.get(key);
    if (earlier === undefined) holder.set(key, person.id);
    else report(index, `duplicate: '${person.email}' is already the address of '${earlier}' in this file`);
  });
  if (holder.size === 0) return;
  const existing = await lookupEmails([...holder.keys()]);
  rows.bundle.people.forEach((person, index) => {
    const owner = person.email === undefined ? undefined : existing.get(emailKey(person.email));
    if (owner !== undefined && owner !== person.id)
      report(index, `'${person.email}' is already the address of person '${owner}'`);
  });
}
