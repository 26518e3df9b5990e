import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer } from '../../support/loopback-server.js';

/** One activity the bot sent to the stand-in: a reply (`replyTo` set) or a new post. */
export interface RecordedPost {
  method: string;
  conversationId: string;
  replyTo: string | null;
  activity: Record<string, unknown>;
  authorization: string | undefined;
}

export interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * A local stand-in for the Bot Connector service: the `serviceUrl` of every activity the tests
 * send. It records what the bot posts and answers like the connector (an activity id), or with a
 * scripted status (429 with Retry-After, 403) for the next posts.
 */
export class FakeConnector extends LoopbackServer {
  readonly posts: RecordedPost[] = [];
  private readonly scripted: ScriptedReply[] = [];
  private counter = 0;

  get serviceUrl(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** The next posts get these answers, in order, instead of an activity id. */
  script(...replies: ScriptedReply[]): void {
    this.scripted.push(...replies);
  }

  /** The Adaptive Cards of every post so far, in order. */
  cards(): Array<Record<string, unknown>> {
    return this.posts.flatMap((post) => ((post.activity.attachments as Array<{ content: Record<string, unknown> }> | undefined) ?? []).map((a) => a.content));
  }

  async waitForPosts(count: number, timeoutMs = 5_000): Promise<RecordedPost[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.posts.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} post(s), got ${this.posts.length}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.posts;
  }

  protected override async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (!match) return void res.writeHead(404).end();
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const reply = this.scripted.shift();
    const post: RecordedPost = {
      method: req.method ?? '',
      conversationId: decodeURIComponent(match[1]!),
      replyTo: match[2] ? decodeURIComponent(match[2]) : null,
      activity,
      authorization: req.headers.authorization,
    };
    if (reply) return void res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(JSON.stringify(reply.body ?? { error: { code: `status ${reply.status}` } }));
    this.posts.push(post);
    this.counter += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `activity-${this.counter}` }));
  }
}
