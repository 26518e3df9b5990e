import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../src/logging/logger.js';
import { checkSignature, checkSignatureHeaders, type SignedHeaders } from './request-signature.js';

/**
 * The largest body accepted. Slack's biggest payloads, a form submission with every input and
 * its state, are tens of kilobytes; anything near this is not from Slack.
 */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface GateOptions {
  signingSecret: string;
  logger: Logger;
  maxBytes?: number;
  /** Wall-clock milliseconds, for the timestamp check. */
  nowMs?: () => number;
}

const signedHeaders = (req: IncomingMessage): SignedHeaders => ({ timestamp: req.headers['x-slack-request-timestamp'], signature: req.headers['x-slack-signature'] });

/**
 * In front of Bolt: checks the signature headers' exact form and age before reading anything,
 * reads at most `maxBytes`, checks the signature over the bytes read, and only then hands the
 * request on, its body already read (`rawBody`, which Bolt's receiver reads instead of the
 * stream; Bolt then checks the same signature again). Bolt alone accepted future timestamps and
 * loosely written headers, and kept a refused oversized request's connection open.
 */
export function slackRequestGate(options: GateOptions, next: NodeHandler): NodeHandler {
  const maxBytes = options.maxBytes ?? MAX_SLACK_BODY_BYTES;
  const nowMs = options.nowMs ?? Date.now;
  const refuse = (res: ServerResponse, reason: string) => {
    options.logger.warn({ reason }, 'refused a Slack request that is not validly signed');
    res.writeHead(401, { 'content-type': 'text/plain' }).end();
  };
  return (req, res) => {
    if (req.method !== 'POST') return next(req, res);
    const format = checkSignatureHeaders(signedHeaders(req), nowMs());
    if (!format.ok) return refuse(res, format.reason);
    void readBody(req, maxBytes).then((body) => {
      if (body === 'aborted') return;
      if (body === 'too-large') return tooLarge(req, res, maxBytes, options.logger);
      const signed = checkSignature(options.signingSecret, signedHeaders(req), body, nowMs());
      if (!signed.ok) return refuse(res, signed.reason);
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
      next(req, res);
    });
  };
}

/** The body, or why there is none: over the limit (declared or sent), or the client went away. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large' | 'aborted'> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve('too-large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData);
      resolve('too-large');
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', () => resolve('aborted'));
  });
}

/**
 * 413, and the connection closed once the answer is out: the rest of the body is never read,
 * so the connection cannot serve another request, and keeping it would hold a socket open for
 * the keep-alive timeout.
 */
function tooLarge(req: IncomingMessage, res: ServerResponse, maxBytes: number, logger: Logger): void {
  logger.warn({ maxBytes, declared: req.headers['content-length'] ?? null }, 'refused a Slack request whose body is too large');
  res.writeHead(413, { 'content-type': 'text/plain', connection: 'close' }).end(`the body is larger than ${maxBytes} bytes`);
}
