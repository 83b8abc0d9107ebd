/**
 * The fragile contacts of a unit, in words: a contact with another unit (or with the whole rest of the
 * organisation) that runs through one person ends when that person leaves, and a department without a BRM has
 * no one whose job is that contact. From the unit's `contacts` in the graph answer; the one person is named
 * only when the server named them (analysts and admins), a viewer reads "through one person".
 */
import type { GraphNode } from '../../server/schema/graph.ts';

type Contact = NonNullable<GraphNode['contacts']>;
type Carriers = Contact['outside'];

/** Partner sentences shown at most; the rest are on the map. */
const MOST_PARTNERS = 3;

/** "one person (Ana Lopez)", or "one person" when the answer does not name them. */
function onePerson(carriers: Carriers): string {
  return `one person${carriers.person ? ` (${carriers.person.name})` : ''}`;
}

/** ", through one person (Ana Lopez)" when one member carries the contact, else "". */
export function throughOnePerson(carriers: Carriers | undefined): string {
  return carriers?.people === 1 ? `, through ${onePerson(carriers)}` : '';
}

/** ", and has no BRM" for a department without one, else "". */
export function noBrm(contacts: Contact | undefined): string {
  return contacts?.hasBrm === false ? ', and has no BRM' : '';
}

/** The carriers of the contact with one partner unit. */
export function carriersWith(contacts: Contact | undefined, unit: string): Carriers | undefined {
  return contacts?.partners.find((partner) => partner.unit === unit);
}

/**
 * Sentences for contacts carried by one person: with the rest of the organisation first, then with each
 * partner shown (`partners`: id and name, strongest first), leaving out those already said (`said`).
 */
export function contactInsights(
  contacts: Contact | undefined,
  partners: Array<{ id: string; label: string }>,
  said: ReadonlySet<string> = new Set(),
): string[] {
  if (!contacts) return [];
  const lines: string[] = [];
  if (contacts.outside.people === 1)
    lines.push(
      `Its only contact with the rest of the organisation runs through ${onePerson(contacts.outside)}.`,
    );
  const single = partners.filter(
    (partner) => !said.has(partner.id) && carriersWith(contacts, partner.id)?.people === 1,
  );
  for (const partner of single.slice(0, MOST_PARTNERS))
    lines.push(
      `Its contact with ${partner.label} runs through ${onePerson(carriersWith(contacts, partner.id)!)}.`,
    );
  if (single.length > MOST_PARTNERS)
    lines.push(`${single.length - MOST_PARTNERS} more of its ties run through one person each.`);
  return lines;
}
