/**
 * The shape every analytics route shares: resolve the window, then answer from the serialised-answer cache or
 * build the view from the window's analytics for this caller's role. A route names the families it reads
 * (`need`), so the unit map and silos never wait for person centrality. A caller that goes away (the explorer
 * aborts when the slider moves on) stops waiting, and the computation stops if nobody else waits for it.
 */
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { AnalyticsEngine, Need, WindowAnalytics, WindowRequest } from '../../analytics/engine.ts';
import { windowSpecOf } from '../../schema/windowRule.ts';
import type { NetworkKind } from '../../schema/survey.ts';
import type { Access, Principal } from '../../auth/roles.ts';
import { TrellisError } from '../../errors.ts';
import type { PrivacySettings, Viewer } from '../../views/privacy.ts';
import { answerKey, type AnswerCache } from '../answerCache.ts';
import { defineRoute, type RouteDef } from '../route.ts';

export interface AnalyticsDeps {
  analytics: AnalyticsEngine;
  privacy: PrivacySettings;
  answers: AnswerCache;
}

type WindowedQuery = z.ZodType<{ window: string; from?: string; to?: string }>;

export interface AnalyticsRouteSpec<Q extends WindowedQuery, R extends z.ZodType> {
  path: string;
  summary: string;
  description?: string;
  access?: Access;
  query: Q;
  response: R;
  /** The families the view reads (default: `people`, every family but the person pairs). */
  need?: Need | ((query: z.output<Q>) => Need);
  view: (analytics: WindowAnalytics, query: z.output<Q>, viewer: Viewer) => z.input<R>;
}

/** Seconds a caller whose window gave way to a newer one should wait before asking again. */
const RETRY_AFTER_S = '2';

export function analyticsRoute<Q extends WindowedQuery, R extends z.ZodType>(
  deps: AnalyticsDeps,
  spec: AnalyticsRouteSpec<Q, R>,
): RouteDef {
  return defineRoute({
    method: 'get',
    path: spec.path,
    summary: spec.summary,
    description: spec.description,
    tags: ['analytics'],
    access: spec.access ?? 'viewer',
    expensive: true,
    query: spec.query,
    response: spec.response,
    problems: { 429: 'Too many windows of this token at once; this one gave way to a newer one.' },
    handler: async ({ query, principal, req, res }) => {
      const q = query as z.output<Q>;
      const resolved = await deps.analytics.resolve(windowSpecOf(q));
      const role = principal!.role;
      const key = answerKey(spec.path, resolved, role, query);
      const need = typeof spec.need === 'function' ? spec.need(q) : spec.need;
      await answerOrGone(req, res, async (signal) => {
        await deps.answers.send(req, res, key, async () => {
          const request = { need, signal, network: networkOf(q), ...windowRequest(principal!) };
          const analytics = await deps.analytics.forResolved(resolved, request);
          return spec.view(analytics, q, { role, privacy: deps.privacy });
        });
      });
      return undefined;
    },
  });
}

/** The network a route's query selects (`network=survey`), for routes that take one; else the engagements. */
export function networkOf(query: object): NetworkKind {
  return 'network' in query && query.network === 'survey' ? 'survey' : 'behaviour';
}

/** Who asks, for the per-token bound of windows in flight. */
export function windowRequest(principal: Principal): Pick<WindowRequest, 'token'> {
  return { token: principal.tokenId };
}

/**
 * Runs `work` with a signal that fires when the caller closes the connection before the answer is sent; then
 * nothing is sent (nobody would read it). A window dropped for a newer one of the same token says when to retry.
 */
export async function answerOrGone(
  req: Request,
  res: Response,
  work: (signal: AbortSignal) => Promise<void>,
): Promise<void> {
  const gone = new AbortController();
  const onClose = () => {
    if (!res.writableEnded) gone.abort();
  };
  res.once('close', onClose);
  try {
    await work(gone.signal);
  } catch (error) {
    // The response, not the request: a POST's request is destroyed once its body has been read, caller or not.
    if (gone.signal.aborted || res.destroyed) return;
    if (error instanceof TrellisError && error.code === 'rate_limited') res.set('Retry-After', RETRY_AFTER_S);
    throw error;
  } finally {
    res.off('close', onClose);
  }
}
