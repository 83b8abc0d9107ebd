/**
 * Posts a digest to an incoming webhook (TRELLIS_DIGEST_WEBHOOK): `{ "text": … }`, the body Slack and Microsoft
 * Teams incoming webhooks both accept. A failure that may pass (no answer, 429, 5xx) is retried with
 * exponential backoff (base, 2 × base, 4 × base …); any other refusal is final. The URL holds the webhook's
 * secret: no message names it.
 */
import { TrellisError } from '../errors.ts';

export interface WebhookOptions {
  /** Tries in all. Default 4. */
  attempts?: number;
  /** Wait before the first retry, doubled before each next one. Default 1000 ms. */
  baseDelayMs?: number;
  /** Each try's time limit. Default 10 s. */
  timeoutMs?: number;
}

export interface WebhookDelivery {
  attempts: number;
  status: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const passing = (status: number) => status === 429 || status >= 500;

export async function sendDigestWebhook(
  url: string,
  text: string,
  options: WebhookOptions = {},
): Promise<WebhookDelivery> {
  const attempts = options.attempts ?? 4;
  let last = 'no answer';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep((options.baseDelayMs ?? 1000) * 2 ** (attempt - 2));
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.arrayBuffer();
      if (response.ok) return { attempts: attempt, status: response.status };
      last = `HTTP ${response.status}`;
      if (!passing(response.status)) break;
    } catch (error) {
      last = (error as Error).name === 'TimeoutError' ? 'timed out' : 'no answer';
    }
  }
  throw new TrellisError('input_unreadable', `the digest webhook refused the digest (${last})`);
}
