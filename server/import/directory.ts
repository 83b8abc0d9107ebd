/**
 * What sources that name people by address or name (calendars, mapped CSV exports) ask while they are read:
 * the rows read so far (people and domains of CSV sections read before them) and the database, through the
 * Directory the importer gives its RowCollector. Sources never guess: a name or address found nowhere is
 * reported with its file and line.
 */
import type { Bundle } from '../schema/bundle.ts';
import type { RowSink } from './rawBundle.ts';

export interface Directory {
  /** Lower-cased address → the id of the person the database holds with it. */
  peopleByEmail(keys: string[]): Promise<Map<string, string>>;
  /** Lower-cased domain → the provider it maps to in the database. */
  providersByDomain(domains: string[]): Promise<Map<string, string>>;
  /** Exact name → the ids of the people the database holds with it (more than one: ambiguous). */
  peopleByName(names: string[]): Promise<Map<string, string[]>>;
}

/** A sink that can answer those questions: the importer's RowCollector. */
export interface DirectorySink extends RowSink {
  readonly bundle: Bundle;
  readonly directory?: Directory;
  /** Counts rows a source left out on purpose (e.g. all-day events), by reason. */
  skip(reason: string, count: number): void;
}

/** A sink without a directory (a test's, a dry validation of rows in memory) knows only the rows read. */
export const NO_DIRECTORY: Directory = {
  peopleByEmail: async () => new Map(),
  providersByDomain: async () => new Map(),
  peopleByName: async () => new Map(),
};

export function isDirectorySink(sink: RowSink): sink is DirectorySink {
  return 'bundle' in sink && typeof (sink as Partial<DirectorySink>).skip === 'function';
}
