import { HttpError } from '@microsoft/agents-hosting';

/**
 * A proactive post that did not return an activity id. `rejected`: the Bot Connector answered
 * with an error, or was never reached, so nothing was posted. `unknown`: the request may have
 * reached it and the answer was lost (timeout, dropped connection), so it may have been posted.
 */
export class PostFailure extends Error {
  constructor(
    message: string,
    readonly outcome: 'rejected' | 'unknown',
    /** The connector's HTTP status, when it answered. */
    readonly status: number | null = null,
    /** Its Retry-After, in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'PostFailure';
  }
}

/** Errors raised before a connection exists: the request never left this machine. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** Retry-After is seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function causeCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = cause?.code ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Classifies whatever sending threw. */
export function toPostFailure(error: unknown): PostFailure {
  if (error instanceof PostFailure) return error;
  if (error instanceof HttpError) {
    const detail = typeof error.response.data === 'object' ? JSON.stringify(error.response.data).slice(0, 300) : String(error.response.data ?? '').slice(0, 300);
    return new PostFailure(`the Bot Connector answered ${error.status}${detail ? `: ${detail}` : ''}`, 'rejected', error.status, retryAfterMs(error.response.headers.get('retry-after')));
  }
  const code = causeCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code && NEVER_CONNECTED.has(code)) return new PostFailure(`could not reach the Bot Connector (${code})`, 'rejected');
  return new PostFailure(`no answer from the Bot Connector (${code ?? message})`, 'unknown');
}
