import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A real node:http server on 127.0.0.1, port 0, with counters for fault-injection tests. */
export interface Loopback {
  server: Server;
  url: string;
  origin: string;
  /** Requests received so far. */
  requests: number;
  /** TCP connections accepted so far. */
  connections: number;
  /** Requests in flight now, and the most ever in flight at once. */
  inFlight: number;
  maxInFlight: number;
  /** Server-side sockets still open. */
  openSockets: Set<Socket>;
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

const servers = new Set<Loopback>();

/** Starts a loopback server; `handler` gets the 1-based request number. */
export async function startServer(handler: Handler): Promise<Loopback> {
  const server = createServer();
  const lb: Loopback = {
    server,
    url: '',
    origin: '',
    requests: 0,
    connections: 0,
    inFlight: 0,
    maxInFlight: 0,
    openSockets: new Set(),
    close: async () => {
      servers.delete(lb);
      server.closeAllConnections();
      for (const s of lb.openSockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  server.on('connection', (socket: Socket) => {
    lb.connections++;
    lb.openSockets.add(socket);
    socket.on('close', () => lb.openSockets.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    lb.requests++;
    lb.inFlight++;
    lb.maxInFlight = Math.max(lb.maxInFlight, lb.inFlight);
    let counted = true;
    const settle = (): void => {
      if (counted) lb.inFlight--;
      counted = false;
    };
    res.on('finish', settle);
    res.on('close', settle);
    handler(req, res, lb.requests);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  lb.origin = `http://127.0.0.1:${port}`;
  lb.url = `${lb.origin}/health`;
  servers.add(lb);
  return lb;
}

/** Closes every server still open (for afterEach). */
export async function closeAll(): Promise<void> {
  await Promise.all([...servers].map((s) => s.close()));
}

/** A port nothing listens on: bind one, then free it. */
export async function refusedPort(): Promise<number> {
  const lb = await startServer(() => undefined);
  const port = Number(new URL(lb.origin).port);
  await lb.close();
  return port;
}

/** Sends a JSON body. */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Resolves once `predicate` holds (polling every 5 ms), or rejects after `ms`. */
export async function waitFor(predicate: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('waitFor: condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Counts of the resource kinds that keep the event loop alive (timers, sockets). */
export function activeResources(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) out[kind] = (out[kind] ?? 0) + 1;
  return out;
}
