import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer } from './loopback-server.js';

/** One call the stand-in received: a Web API method, or a post to a response URL (`response_url`). */
export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
}

export interface ScriptedReply {
  /** Answer only after this long (a slow Slack). */
  delayMs?: number;
  status?: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
}

interface PostedMessage {
  channel: string;
  ts: string;
  text?: unknown;
  metadata?: unknown;
  thread_ts?: unknown;
}

export const BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T0001' } as const;

/**
 * A local stand-in for the Slack Web API and for response URLs: records every call, answers
 * like Slack does, keeps posted messages for conversations.history, and can be told to answer
 * the next call of a method with an error or a 429 with Retry-After.
 */
export class FakeSlack extends LoopbackServer {
  readonly calls: RecordedCall[] = [];
  private readonly scripted = new Map<string, ScriptedReply[]>();
  private readonly posted: PostedMessage[] = [];
  private counter = 0;

  /** The SLACK_API_URL to configure. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A response URL that lands here (recorded as method `response_url`). */
  hookUrl(id = 'T1/B1/x'): string {
    return `http://127.0.0.1:${this.port}/hooks/${id}`;
  }

  /** The next call(s) of `method` get these replies, in order, instead of the usual one. */
  script(method: string, ...replies: ScriptedReply[]): void {
    this.scripted.set(method, [...(this.scripted.get(method) ?? []), ...replies]);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Waits until `count` calls of `method` arrived (default 1), or fails after `timeoutMs`. */
  async waitFor(method: string, count = 1, timeoutMs = 5_000): Promise<RecordedCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.callsTo(method).length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} call(s) of ${method}, got ${this.callsTo(method).length}: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.callsTo(method);
  }

  /** Forgets recorded calls (not posted messages, which stay in the channels' history). */
  reset(): void {
    this.calls.length = 0;
    this.scripted.clear();
  }

  protected override async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = (req.url ?? '').split('?')[0]!;
    const method = path.startsWith('/hooks/') ? 'response_url' : path.replace(/^\/api\//, '');
    const params = parseParams(body, req.headers['content-type'] ?? '');
    if (method === 'response_url') params.url = path;
    this.calls.push({ method, params, at: Date.now() });
    const scripted = this.scripted.get(method)?.shift();
    const refused = scripted !== undefined && (scripted.body !== undefined || scripted.status !== undefined);
    // Slack keeps a message once it takes the post, however slowly it answers: a slow answer
    // delays the reply, not the message's place in the channel's history.
    const answer = refused ? null : this.reply(method, params);
    if (scripted?.delayMs) await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
    if (answer === null) {
      res.writeHead(scripted?.status ?? 200, { 'content-type': 'application/json', ...scripted?.headers }).end(JSON.stringify(scripted?.body ?? { ok: false, error: 'scripted' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  }

  private reply(method: string, params: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'ingest-advisor', team_id: BOT.teamId, user_id: BOT.userId, bot_id: BOT.botId };
      case 'chat.postMessage': {
        this.counter += 1;
        const message: PostedMessage = { channel: String(params.channel), ts: `${1_700_000_000 + this.counter}.000100`, text: params.text, metadata: params.metadata, thread_ts: params.thread_ts };
        this.posted.push(message);
        return { ok: true, channel: message.channel, ts: message.ts, message: { text: params.text } };
      }
      case 'conversations.history': {
        const inChannel = this.posted.filter((m) => m.channel === params.channel).reverse();
        const withMetadata = params.include_all_metadata === 'true' || params.include_all_metadata === true;
        return { ok: true, has_more: false, messages: inChannel.map((m) => ({ type: 'message', ts: m.ts, text: m.text, ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) })) };
      }
      case 'views.open':
        return { ok: true, view: { id: 'V0001' } };
      case 'response_url':
        return { ok: true };
      default:
        return { ok: true };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form fields (the Web API client JSON-encodes objects and arrays inside them) or a JSON body. */
function parseParams(body: string, contentType: string): Record<string, unknown> {
  if (body === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    params[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return params;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
