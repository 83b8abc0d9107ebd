/**
 * A unit node's contacts for the insight cards (server/schema/graph.ts `unitContact`): per other unit the
 * viewer may see, how many members carry the tie, and whether a department has a BRM. The one carrier is named
 * only for roles that see people; a viewer reads "through one person" (SECURITY §16: names for analysts only).
 */
import type { WindowAnalytics } from '../analytics/engine.ts';
import type { Carriers } from '../analytics/silos/unitContacts.ts';
import type { GraphNode } from '../schema/graph.ts';
import { seesPeople, type Viewer } from './privacy.ts';

type Contact = NonNullable<GraphNode['contacts']>;

/** The contacts of each unit for this viewer; `visible` is the privacy floor's unit rule. */
export function unitContactsFor(
  { graphs, network }: Pick<WindowAnalytics, 'graphs' | 'network'>,
  viewer: Viewer,
  visible: (unit: string) => boolean,
): (unit: string) => Contact | undefined {
  const named = seesPeople(viewer.role);
  const shown = (carriers: Carriers) => {
    const person =
      named && carriers.only && graphs.persons.hasNode(carriers.only)
        ? { id: carriers.only, name: graphs.persons.getNodeAttribute(carriers.only, 'name') }
        : undefined;
    return { people: carriers.people, ...(person && { person }) };
  };
  return (unit) => {
    const contact = network.contacts.units[unit];
    const coverage = network.silos.coverage.departments[unit];
    if (!contact && !coverage) return undefined;
    const partners = Object.entries(contact?.partners ?? {})
      .filter(([partner]) => visible(partner))
      .map(([partner, carriers]) => ({ unit: partner, ...shown(carriers) }));
    return {
      outside: shown(contact?.outside ?? { people: 0, only: null }),
      partners,
      ...(coverage && { hasBrm: coverage.hasBrm }),
    };
  };
}
