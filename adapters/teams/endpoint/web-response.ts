import type { ServerResponse } from 'node:http';
import type { WebResponse } from '@microsoft/agents-hosting';

/** The SDK's response surface over Node's ServerResponse (`serve` has no Express in front of Teams). */
export class NodeWebResponse implements WebResponse {
  constructor(private readonly res: ServerResponse) {}

  get headersSent(): boolean {
    return this.res.headersSent;
  }

  get writableEnded(): boolean {
    return this.res.writableEnded;
  }

  status(code: number): this {
    if (!this.res.headersSent) this.res.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    if (!this.res.headersSent) this.res.setHeader(name, value);
    return this;
  }

  send(body?: unknown): this {
    if (this.res.writableEnded) return this;
    if (body === undefined || body === null) return this.end();
    const json = typeof body !== 'string' && !Buffer.isBuffer(body);
    if (json && !this.res.headersSent) this.res.setHeader('content-type', 'application/json');
    this.res.end(json ? JSON.stringify(body) : body);
    return this;
  }

  end(): this {
    if (!this.res.writableEnded) this.res.end();
    return this;
  }
}

/** A response that only remembers what was written: for running the SDK's auth middleware on the side. */
export class CapturedResponse implements WebResponse {
  statusCode = 200;
  body: unknown = undefined;
  headersSent = false;
  writableEnded = false;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(): this {
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    return this.end();
  }

  end(): this {
    this.headersSent = true;
    this.writableEnded = true;
    return this;
  }
}

/** A JSON answer of the endpoint's own (errors, refusals). */
export function respond(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    if (!res.writableEnded) res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ error: message }));
}
