/**
 * A loopback TCP relay between the console worker's driver and Neo4j that counts the bytes Neo4j sends
 * during one query and cuts every connection once they pass the query's budget. The driver decodes a record
 * only when the whole record has arrived, so a single record of 500 MB (`RETURN range(1, 100000000)`) would
 * otherwise be buffered whole before any row or byte check could see it; cut here, it never is, and Neo4j
 * ends the transaction when its client goes away.
 */
import net from 'node:net';

export interface Target {
  host: string;
  port: number;
}

export class ByteBudgetProxy {
  private readonly connections = new Set<net.Socket>();
  private received = 0;
  private budget = Number.POSITIVE_INFINITY;
  /** True when the current query's budget was passed and the connections were cut. */
  exceeded = false;

  private constructor(
    private readonly server: net.Server,
    private readonly target: Target,
  ) {
    server.on('connection', (client) => this.relay(client));
  }

  static async start(target: Target): Promise<ByteBudgetProxy> {
    const server = net.createServer();
    const proxy = new ByteBudgetProxy(server, target);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  /** Starts counting for one query: at most `budget` bytes from Neo4j until end(). */
  begin(budget: number): void {
    this.received = 0;
    this.budget = budget;
    this.exceeded = false;
  }

  end(): void {
    this.budget = Number.POSITIVE_INFINITY;
  }

  private relay(client: net.Socket): void {
    const upstream = net.connect(this.target.port, this.target.host);
    const pair = [client, upstream];
    pair.forEach((socket) => {
      this.connections.add(socket);
      socket.setNoDelay(true);
      socket.on('error', () => pair.forEach((s) => s.destroy()));
      socket.on('close', () => {
        this.connections.delete(socket);
        pair.forEach((s) => s.destroy());
      });
    });
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      this.received += chunk.length;
      if (this.received > this.budget) return this.cut();
      if (!client.write(chunk)) upstream.pause();
    });
    client.on('drain', () => upstream.resume());
  }

  private cut(): void {
    this.exceeded = true;
    for (const socket of this.connections) socket.destroy();
  }
}
