import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../../src/errors.js';
import type { Logger } from '../../src/logging/logger.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** What `GET /healthz` reports: 200 once `ready`, 503 while starting or stopping. */
export interface HealthReport {
  status: 'starting' | 'ready' | 'stopping';
  [detail: string]: unknown;
}

/**
 * The one HTTP server of `serve`. Platforms mount their endpoint on it (`/slack/events`, and
 * Teams' `/api/messages`), so a deployment exposes one port; `/healthz` is answered here.
 */
export class HttpServer {
  private readonly server: Server;
  private readonly routes = new Map<string, Handler>();
  health: () => Promise<HealthReport> | HealthReport = () => ({ status: 'starting' });

  constructor(private readonly logger: Logger) {
    this.server = createServer((req, res) => this.dispatch(req, res));
    // Behind a load balancer keep-alive sockets must outlive its idle timeout, or requests race a close.
    this.server.keepAliveTimeout = 65_000;
  }

  mount(path: string, handler: Handler): void {
    this.routes.set(path, handler);
  }

  private dispatch(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return void this.answerHealth(res);
    const handler = this.routes.get(path);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `nothing at ${req.method} ${path}` }));
  }

  private async answerHealth(res: ServerResponse): Promise<void> {
    const report = await this.health();
    res.writeHead(report.status === 'ready' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(report));
  }

  async listen(port: number, host: string): Promise<AddressInfo> {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE') reject(new ConfigError(`Invalid configuration in PORT=${port}: the port is already in use on ${host}. Stop the other process or set PORT to a free port.`));
        else if (error.code === 'EADDRNOTAVAIL') reject(new ConfigError(`Invalid configuration in HOST=${host}: this machine has no such address. Use 127.0.0.1 or 0.0.0.0.`));
        else reject(error);
      };
      this.server.once('error', fail);
      this.server.listen(port, host, () => {
        this.server.off('error', fail);
        resolve();
      });
    });
    this.server.on('error', (error) => this.logger.error({ err: error.message }, 'HTTP server error'));
    return this.server.address() as AddressInfo;
  }

  /** Stops accepting connections, lets requests in progress finish, and cuts the rest after `graceMs`. */
  async close(graceMs: number): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // A keep-alive connection whose request finishes after close() would otherwise stay open
    // until its timeout: close each one as soon as it goes idle.
    this.server.closeIdleConnections();
    const sweep = setInterval(() => this.server.closeIdleConnections(), 50);
    const timer = setTimeout(() => {
      this.logger.warn({ graceMs }, 'requests still open at the end of the grace period; closing them');
      this.server.closeAllConnections();
    }, graceMs);
    await closed;
    clearInterval(sweep);
    clearTimeout(timer);
  }
}
