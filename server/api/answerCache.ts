/**
 * Serialised answers of the analytics routes, kept per key (data version, window, role, query): a warm
 * request costs a lookup and a write, not a view, a JSON.stringify of megabytes and a compression. Gzip is made
 * once per answer, on the first request that accepts it. The ETag lets a browser revalidate with a 304.
 * Bounded by bytes; least recently used answers go first.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

interface Entry {
  json: Buffer;
  gzip?: Buffer;
  etag: string;
}

const MIN_GZIP_BYTES = 1024;

export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes = 128 * 2 ** 20) {}

  /** Sends the answer for `key`, producing and keeping it when absent. */
  async send(req: Request, res: Response, key: string, produce: () => Promise<unknown>): Promise<void> {
    const entry = this.entries.get(key) ?? this.keep(key, await produce());
    this.touch(key, entry);
    res.set({ 'Content-Type': 'application/json; charset=utf-8', ETag: entry.etag, Vary: 'Accept-Encoding' });
    if (req.get('if-none-match') === entry.etag) {
      res.status(304).end();
      return;
    }
    if (entry.json.length >= MIN_GZIP_BYTES && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      if (!entry.gzip) {
        entry.gzip = this.grow(gzipSync(entry.json));
        this.evict();
      }
      res.set('Content-Encoding', 'gzip').end(entry.gzip);
      return;
    }
    res.end(entry.json);
  }

  /** Whether an answer is held for the key. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Drops the answers of every other data version (see answerKey): they are never served again. */
  keepOnly(dataVersion: number): void {
    for (const [key, entry] of this.entries) {
      if (key.split('|')[1] === String(dataVersion)) continue;
      this.entries.delete(key);
      this.bytes -= entry.json.length + (entry.gzip?.length ?? 0);
    }
  }

  private keep(key: string, answer: unknown): Entry {
    const racing = this.entries.get(key); // a concurrent request produced it first
    if (racing) return racing;
    const json = this.grow(Buffer.from(JSON.stringify(answer), 'utf8'));
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
    const entry = { json, etag };
    this.entries.set(key, entry);
    this.evict();
    return entry;
  }

  private touch(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  private grow(buffer: Buffer): Buffer {
    this.bytes += buffer.length;
    return buffer;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes || this.entries.size <= 1) return; // the newest always stays
      this.entries.delete(key);
      this.bytes -= entry.json.length + (entry.gzip?.length ?? 0);
    }
  }
}

/** The cache key of an analytics answer: what it depends on, and nothing else. */
export function answerKey(
  route: string,
  analytics: { dataVersion: number; window: { key: string } },
  role: string,
  query: unknown,
): string {
  return `${route}|${analytics.dataVersion}|${analytics.window.key}|${role}|${JSON.stringify(query)}`;
}
