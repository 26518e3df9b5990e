import { createVerify, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer } from '../../adapters/support/loopback-server.js';

/** One request the stand-in received. */
export interface SalesforceCall {
  method: string;
  /** `token`, `streams` (the Connect API), `query`, or the path for anything else. */
  resource: string;
  path: string;
  authorization: string | undefined;
  form: Record<string, string>;
}

export interface ScriptedAnswer {
  status: number;
  body?: unknown;
  /** A body sent as is (not JSON). */
  raw?: string;
  headers?: Record<string, string>;
}

export const CLIENT = { id: 'client-id-3MVG9', secret: 'client-secret-do-not-log', username: 'integration@example.com' } as const;
export const API_VERSION = '64.0';

/**
 * A local stand-in for a Data 360 org: the OAuth token endpoint (client credentials, and JWT
 * bearer checked against a public key), the Connect API's `/ssot/data-streams` and the
 * standard `/query` resource, both paginated. It records every call, issues a new token each
 * time, answers 401 to revoked tokens, and can be told to answer the next calls of a resource
 * with a scripted status or a broken body.
 */
export class FakeSalesforce extends LoopbackServer {
  readonly calls: SalesforceCall[] = [];
  /** The Connect API's data streams, as the org would list them. */
  streams: Array<Record<string, unknown>> = [];
  /** DataStream records, as SOQL would return them. */
  records: Array<Record<string, unknown>> = [];
  pageSize = 2;
  publicKey: KeyObject | null = null;
  private readonly valid = new Set<string>();
  private readonly scripted = new Map<string, ScriptedAnswer[]>();
  private issued = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The SF_* variables that connect to this stand-in with the client credentials flow. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return { SF_LOGIN_URL: this.url, SF_CLIENT_ID: CLIENT.id, SF_CLIENT_SECRET: CLIENT.secret, SF_API_VERSION: API_VERSION, ...extra };
  }

  script(resource: 'token' | 'streams' | 'query', ...answers: ScriptedAnswer[]): void {
    this.scripted.set(resource, [...(this.scripted.get(resource) ?? []), ...answers]);
  }

  /** Every token issued so far stops working (a session timeout, a revoked app). */
  expireTokens(): void {
    this.valid.clear();
  }

  callsTo(resource: string): SalesforceCall[] {
    return this.calls.filter((call) => call.resource === resource);
  }

  tokensIssued(): string[] {
    return Array.from({ length: this.issued }, (_, i) => `00Dfake!token-${i + 1}`);
  }

  protected override async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const url = new URL(req.url ?? '/', this.url);
    const resource = resourceOf(url.pathname);
    const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    this.calls.push({ method: req.method ?? '', resource, path: `${url.pathname}${url.search}`, authorization: req.headers.authorization, form });
    const scripted = this.scripted.get(resource)?.shift();
    if (scripted) return send(res, scripted);
    if (resource === 'token') return send(res, this.token(form));
    if (!this.valid.has((req.headers.authorization ?? '').replace(/^Bearer /, ''))) {
      return send(res, { status: 401, body: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }] });
    }
    if (resource === 'streams') return send(res, { status: 200, body: this.streamsPage(Number(url.searchParams.get('offset') ?? 0)) });
    if (resource === 'query') return send(res, { status: 200, body: this.queryPage(url) });
    send(res, { status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] });
  }

  private token(form: Record<string, string>): ScriptedAnswer {
    if (!this.grantIsValid(form)) return { status: 400, body: { error: 'invalid_client', error_description: 'invalid client credentials' } };
    this.issued += 1;
    const token = `00Dfake!token-${this.issued}`;
    this.valid.add(token);
    return { status: 200, body: { access_token: token, instance_url: this.url, id: `${this.url}/id/00D/005`, token_type: 'Bearer', issued_at: String(Date.now()), signature: 'x' } };
  }

  private grantIsValid(form: Record<string, string>): boolean {
    if (form.grant_type === 'client_credentials') return form.client_id === CLIENT.id && form.client_secret === CLIENT.secret;
    if (form.grant_type !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || !this.publicKey || !form.assertion) return false;
    const [header, claims, signature] = form.assertion.split('.');
    const verified = createVerify('RSA-SHA256').update(`${header}.${claims}`).verify(this.publicKey, Buffer.from(signature ?? '', 'base64url'));
    const body = JSON.parse(Buffer.from(claims ?? '', 'base64url').toString('utf8')) as { iss?: string; sub?: string; aud?: string; exp?: number };
    return verified && body.iss === CLIENT.id && body.sub === CLIENT.username && body.aud === this.url && (body.exp ?? 0) * 1000 > Date.now();
  }

  private streamsPage(offset: number): Record<string, unknown> {
    const next = offset + this.pageSize;
    const base = `/services/data/v${API_VERSION}/ssot/data-streams`;
    return { dataStreams: this.streams.slice(offset, next), totalSize: this.streams.length, ...(next < this.streams.length ? { nextPageUrl: `${base}?offset=${next}&batchSize=${this.pageSize}` } : {}) };
  }

  private queryPage(url: URL): Record<string, unknown> {
    const locator = /\/query\/01gFAKE-(\d+)$/.exec(url.pathname);
    const offset = locator ? Number(locator[1]) : 0;
    const next = offset + this.pageSize;
    const done = next >= this.records.length;
    const records = this.records.slice(offset, next).map((record) => ({ attributes: { type: 'DataStream', url: '/services/data/v64.0/sobjects/DataStream/1Ds' }, ...record }));
    return { totalSize: this.records.length, done, records, ...(done ? {} : { nextRecordsUrl: `/services/data/v${API_VERSION}/query/01gFAKE-${next}` }) };
  }
}

function resourceOf(path: string): string {
  if (path === '/services/oauth2/token') return 'token';
  if (/^\/services\/data\/v[\d.]+\/ssot\/data-streams$/.test(path)) return 'streams';
  if (/^\/services\/data\/v[\d.]+\/query(\/.*)?$/.test(path)) return 'query';
  return path;
}

function send(res: ServerResponse, answer: ScriptedAnswer): void {
  const body = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
  res.writeHead(answer.status, { 'content-type': answer.raw !== undefined ? 'text/html' : 'application/json;charset=UTF-8', ...answer.headers }).end(body);
}
