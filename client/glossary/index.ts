/**
 * Plain words for every metric the explorer shows: a name a person would use and one sentence saying what the
 * number means, for the details panel, the legend and the size-by menu. One module, so the words agree
 * everywhere. Numbers are formatted for people here too: never 9.80e-5, rather two significant digits and,
 * beside them, where the value stands among the others shown.
 */
import { humanise } from '../shell/dom.ts';

export interface GlossaryEntry {
  label: string;
  says: string;
}

export const GLOSSARY: Record<string, GlossaryEntry> = {
  degree: { label: 'Contacts', says: 'How many others this one engaged with in the window.' },
  strength: {
    label: 'Tie strength',
    says: 'All its ties added up: more, more recent and closer engagements count more.',
  },
  betweenness: {
    label: 'Go-between',
    says: 'How often it lies on the shortest path between two others: high means others reach each other through it.',
  },
  closeness: { label: 'Closeness', says: 'How few steps it takes to reach everyone else, on average.' },
  eigenvector: {
    label: 'Well connected to the well connected',
    says: 'High when its contacts are themselves central (eigenvector centrality).',
  },
  pagerank: {
    label: 'Influence',
    says: 'The chance of landing here when following ties at random (PageRank): a share of the whole map.',
  },
  egoSize: { label: 'Circle', says: 'How many direct contacts it has.' },
  egoBreadth: {
    label: 'Reach beyond its unit',
    says: 'How many other units its direct contacts belong to.',
  },
  constraint: {
    label: 'Closed circle',
    says: "High when its contacts all know each other (Burt's constraint): little new reaches it.",
  },
  effectiveSize: {
    label: 'Independent contacts',
    says: "Contacts that are not also each other's contacts (Burt's effective size).",
  },
  ei: {
    label: 'Outward vs inward',
    says: 'From −1 (all ties inside its unit) to +1 (all ties outside it) (E-I index).',
  },
  eiVsBaseline: {
    label: 'Outward vs random mixing',
    says: 'How far its outward share is from what random mixing would give; well below 0 means inward-looking.',
  },
  brokerage: {
    label: 'Broker',
    says: 'How often it links two others who are not linked themselves, across units.',
  },
  reach: { label: 'Units reached', says: 'How many other units its members engage with.' },
  shareWithoutExternalTie: {
    label: 'Members without an outside tie',
    says: 'The share of its members with no tie outside the unit.',
  },
  isolationScore: {
    label: 'Isolation',
    says: 'How many of the isolation rules it meets; higher is more cut off (see the flags).',
  },
  trust: {
    label: 'Trust',
    says: 'How reliably promises to and from it are kept, from 0 to 1 (0.5 when there is little evidence).',
  },
  trustEvidence: { label: 'Trust evidence', says: 'How many kept, late or missed promises trust rests on.' },
  reputation: {
    label: 'Reputation',
    says: 'Trust as the rest of the organisation sees it, weighted by who trusts it (EigenTrust).',
  },
};

/** The entry for a metric; one the glossary does not know keeps its own name, honestly unexplained. */
export function glossary(metric: string): GlossaryEntry {
  return GLOSSARY[metric] ?? { label: humanise(metric), says: `${humanise(metric)} as computed by Trellis.` };
}

/** A number for people: no exponents, two significant digits for small fractions, thousands separated. */
export function formatForPeople(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'no value';
  if (Number.isInteger(value)) return value.toLocaleString('en');
  const magnitude = Math.abs(value);
  if (magnitude === 0) return '0';
  if (magnitude < 0.0001) return value > 0 ? 'less than 0.0001' : 'more than −0.0001';
  const digits = magnitude < 1 ? 2 : 3;
  return value.toLocaleString('en', { maximumSignificantDigits: digits, maximumFractionDigits: 4 });
}

/**
 * Where a value stands among the others shown, in words: "higher than 72 % of the 16 shown". Null when it
 * says nothing (no value, or fewer than three values to compare).
 */
export function standing(value: number | null | undefined, all: Array<number | null>): string | null {
  if (value === null || value === undefined) return null;
  const values = all.filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length < 3) return null;
  const below = values.filter((v) => v < value).length;
  const share = Math.round((100 * below) / values.length);
  return `higher than ${share} % of the ${values.length.toLocaleString('en')} shown`;
}
