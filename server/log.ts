/**
 * Structured logs (pino). Person names, tokens, passwords, Cypher text and parameters never reach a log: the
 * paths that could hold them are redacted, and callers log ids, hashes and codes instead.
 */
import { pino, type Logger } from 'pino';

const REDACT = [
  'password',
  '*.password',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'name',
  '*.name',
  'query',
  '*.query',
  'params',
  '*.params',
  'parameters',
  '*.parameters',
  'cypher',
  '*.cypher',
  'body',
  '*.body',
  'req.body',
  'url',
  '*.url',
];

export type { Logger };

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'trellis' } };
  return destination ? pino(options, destination as never) : pino(options);
}
