/**
 * The analytics answers the silos view, the relationships dashboard and the Cypher console read, typed by the
 * server's own zod schemas (types only: no validation code reaches the bundle).
 */
import type { z } from 'zod';
import type { cypherAnswer, cypherRequest, libraryAnswer } from '../../server/schema/api.ts';
import type { relationshipsAnswer, timelineAnswer } from '../../server/schema/relationships.ts';
import type { SilosAnswer } from '../../server/schema/silos.ts';
import type { NetworkKind } from '../../server/schema/survey.ts';
import type { ApiClient } from './client.ts';

export type { SilosAnswer, SiloUnit } from '../../server/schema/silos.ts';
export type { RelationshipRow } from '../../server/schema/relationships.ts';
export type RelationshipsAnswer = z.infer<typeof relationshipsAnswer>;
export type TimelineAnswer = z.infer<typeof timelineAnswer>;
export type TimelineEngagement = TimelineAnswer['engagements'][number];
export type CypherAnswer = z.infer<typeof cypherAnswer>;
export type CypherRequest = z.infer<typeof cypherRequest>;
export type LibraryAnswer = z.infer<typeof libraryAnswer>;
export type LibraryQuery = LibraryAnswer['queries'][number];
export type LibraryParameter = LibraryQuery['parameters'][number];

/** The silos of a window, in the behavioural network or (`network: 'survey'`) the survey's. */
export function fetchSilos(
  api: ApiClient,
  { window, network }: { window: string; network: NetworkKind },
  signal?: AbortSignal,
): Promise<SilosAnswer> {
  // Only when asked, as the map does: the behavioural requests (and their cached answers) stay as they were.
  return api.get<SilosAnswer>(
    '/silos',
    { window, network: network === 'survey' ? network : undefined },
    signal,
  );
}

export function fetchRelationships(
  api: ApiClient,
  window: string,
  signal?: AbortSignal,
): Promise<RelationshipsAnswer> {
  return api.get<RelationshipsAnswer>('/relationships', { window }, signal);
}

export interface RelationshipRef {
  providerId: string;
  departmentId: string;
}

export function fetchTimeline(
  api: ApiClient,
  pair: RelationshipRef & { window: string },
  signal?: AbortSignal,
): Promise<TimelineAnswer> {
  return api.get<TimelineAnswer>('/relationships/timeline', { ...pair }, signal);
}

export function fetchLibrary(api: ApiClient, signal?: AbortSignal): Promise<LibraryAnswer> {
  return api.get<LibraryAnswer>('/cypher/library', {}, signal);
}

export function runCypher(
  api: ApiClient,
  request: CypherRequest,
  signal?: AbortSignal,
): Promise<CypherAnswer> {
  return api.post<CypherAnswer>('/cypher', request, signal);
}
