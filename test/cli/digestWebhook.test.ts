/**
 * The digest webhook against a local HTTP server: the body is `{ "text": … }`, a 500 is retried and the next
 * try delivered; a 400 is final (not retried) and the error does not name the URL (it holds the secret).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendDigestWebhook } from '../../server/cli/digestWebhook.ts';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A webhook answering the given statuses in turn; returns its URL and the bodies it received. */
async function webhook(statuses: number[]): Promise<{ url: string; bodies: unknown[] }> {
  const bodies: unknown[] = [];
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      bodies.push(JSON.parse(body));
      res.writeHead(statuses[bodies.length - 1] ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/secret-part`, bodies };
}

describe('digest webhook', () => {
  it('retries after a 500 and delivers the text on the next try', async () => {
    const hook = await webhook([500, 200]);
    const sent = await sendDigestWebhook(hook.url, 'Dora’s week', { baseDelayMs: 10 });
    expect(sent).toEqual({ attempts: 2, status: 200 });
    expect(hook.bodies).toEqual([{ text: 'Dora’s week' }, { text: 'Dora’s week' }]);
  });

  it('gives up at once on a 400, without naming the URL', async () => {
    const hook = await webhook([400, 200]);
    const failure = await sendDigestWebhook(hook.url, 'x', { baseDelayMs: 10 }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('HTTP 400');
    expect((failure as Error).message).not.toContain('secret-part');
    expect(hook.bodies).toHaveLength(1);
  });

  it('stops after the last attempt while the server keeps failing', async () => {
    const hook = await webhook([503, 503, 503]);
    await expect(sendDigestWebhook(hook.url, 'x', { attempts: 3, baseDelayMs: 5 })).rejects.toThrow(
      /HTTP 503/,
    );
    expect(hook.bodies).toHaveLength(3);
  });
});
