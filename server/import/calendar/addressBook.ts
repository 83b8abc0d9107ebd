/**
 * Finds people by e-mail address, regardless of case: first among the people of this import (CSV sections are
 * read before calendars), then in the database; an address found in neither whose domain maps to a provider
 * (domains section, this import's or an earlier one's) belongs to a new person of that provider. Lookups go to
 * the database in batches, once per address.
 */
import { createHash } from 'node:crypto';
import { NO_DIRECTORY, type Directory, type DirectorySink } from '../directory.ts';
import { emailKey } from '../emails.ts';

export class AddressBook {
  private readonly people = new Map<string, string>();
  private readonly domains = new Map<string, string>();
  private readonly asked = new Set<string>();
  private readonly directory: Directory;

  constructor(sink: DirectorySink | undefined) {
    this.directory = sink?.directory ?? NO_DIRECTORY;
    for (const person of sink?.bundle.people ?? [])
      if (person.email) this.people.set(emailKey(person.email), person.id);
    for (const domain of sink?.bundle.domains ?? []) this.domains.set(domain.domain, domain.unitId);
  }

  /** Asks the database about the addresses (and their domains) this book does not know yet. */
  async learn(emails: Iterable<string>): Promise<void> {
    const keys = [...new Set([...emails].map(emailKey))].filter(
      (k) => !this.people.has(k) && !this.asked.has(k),
    );
    keys.forEach((key) => this.asked.add(key));
    if (keys.length === 0) return;
    for (const [key, id] of await this.directory.peopleByEmail(keys)) this.people.set(key, id);
    const domains = [...new Set(keys.filter((k) => !this.people.has(k)).map(domainOf))].filter(
      (domain) => !this.domains.has(domain) && !this.asked.has(`@${domain}`),
    );
    domains.forEach((domain) => this.asked.add(`@${domain}`));
    if (domains.length > 0)
      for (const [domain, unitId] of await this.directory.providersByDomain(domains))
        this.domains.set(domain, unitId);
  }

  personOf(email: string): string | undefined {
    return this.people.get(emailKey(email));
  }

  /** The provider whose domain the address has, for an address no person holds. */
  providerOf(email: string): string | undefined {
    return this.domains.get(domainOf(emailKey(email)));
  }

  /** Records a person this import creates for an address, so later files find them. */
  add(email: string, personId: string): void {
    this.people.set(emailKey(email), personId);
  }
}

function domainOf(key: string): string {
  return key.slice(key.lastIndexOf('@') + 1);
}

/** The id of a person created for an outside address: stable, so a second import would find the same. */
export function personIdOfAddress(email: string): string {
  return `ext-${createHash('sha256').update(emailKey(email)).digest('hex').slice(0, 16)}`;
}
