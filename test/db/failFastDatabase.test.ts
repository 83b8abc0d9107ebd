/**
 * Reads in flight fail at once when the database is known gone: the real driver talks to a socket that accepts
 * and never answers (a database that hangs), and failInFlight() turns the waiting read into database_unavailable
 * (503 with Retry-After) instead of the driver's own failure after its timeouts and retries.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FailFastDatabase } from '../../server/db/failFastDatabase.ts';
import { TrellisError } from '../../server/errors.ts';

let silent: net.Server;
let port: number;
const sockets: net.Socket[] = [];

beforeAll(async () => {
  silent = net.createServer((socket) => sockets.push(socket)); // accepts, never answers
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  port = (silent.address() as net.AddressInfo).port;
});
afterAll(async () => {
  sockets.forEach((socket) => socket.destroy());
  await new Promise((resolve) => silent.close(resolve));
});

describe('FailFastDatabase', () => {
  it('fails a read in flight with database_unavailable when told the database is gone', async () => {
    const db = new FailFastDatabase({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'unused' });
    try {
      const read = db.read('meta/dataVersion');
      db.failInFlight();
      const error = await read.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TrellisError);
      expect((error as TrellisError).code).toBe('database_unavailable');
    } finally {
      await db.close();
    }
  });
});
