/**
 * Links from a digest line into the explorer: the `#/view?…` fragments client/state/url.ts decodes (the
 * relationships dashboard with a relationship open, the silos view with a unit selected, the person map with
 * a person selected and focused). A link carries no window: the explorer opens on its default, which ends with
 * the newest engagement, as the digest's week does by default.
 */
const fragment = (view: string, params: Record<string, string>) =>
  `#/${view}?${new URLSearchParams(params).toString().replaceAll('%2C', ',')}`;

/** The relationships dashboard with the relationship open (rel = provider,department). */
export const relationshipLink = (providerId: string, departmentId: string) =>
  fragment('relationships', { rel: `${providerId},${departmentId}` });

/** The relationships dashboard as it opens (BRM roles and governance gaps are on it). */
export const relationshipsLink = () => fragment('relationships', {});

/** The silos view with the unit selected. */
export const unitLink = (unitId: string) => fragment('silos', { node: unitId });

/** The person-level map with the person selected and their two hops in focus. */
export const personLink = (personId: string) =>
  fragment('map', { level: 'person', node: personId, focus: '1' });
