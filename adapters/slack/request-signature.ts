import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How far a request's timestamp may be from this server's clock, either way: Slack's guidance
 * refuses a request more than five minutes off, so a captured request cannot be replayed later
 * (a timestamp in the future would otherwise stay replayable until then).
 */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

// Exactly what Slack sends: a decimal count of seconds, and `v0=` with a SHA-256 in lower-case hex.
const TIMESTAMP = /^[1-9][0-9]{0,11}$/;
const SIGNATURE = /^v0=[0-9a-f]{64}$/;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export interface SignedHeaders {
  timestamp: string | string[] | undefined;
  signature: string | string[] | undefined;
}

/** The timestamp and signature headers alone: checked before the body is read. */
export function checkSignatureHeaders(headers: SignedHeaders, nowMs: number): SignatureCheck {
  const { timestamp, signature } = headers;
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return { ok: false, reason: 'the X-Slack-Request-Timestamp or X-Slack-Signature header is missing' };
  if (!TIMESTAMP.test(timestamp)) return { ok: false, reason: 'X-Slack-Request-Timestamp is not a whole number of seconds' };
  if (Math.abs(Math.floor(nowMs / 1000) - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'X-Slack-Request-Timestamp is more than 5 minutes from now' };
  if (!SIGNATURE.test(signature)) return { ok: false, reason: 'X-Slack-Signature is not of the form v0=<64 hex digits>' };
  return { ok: true };
}

/** Slack's v0 signature: HMAC-SHA256 of `v0:{timestamp}:{body}` keyed with the signing secret, compared in constant time. */
export function checkSignature(secret: string, headers: SignedHeaders, body: Buffer, nowMs: number): SignatureCheck {
  const format = checkSignatureHeaders(headers, nowMs);
  if (!format.ok) return format;
  const expected = createHmac('sha256', secret).update(`v0:${String(headers.timestamp)}:`).update(body).digest();
  const given = Buffer.from(String(headers.signature).slice(3), 'hex');
  return timingSafeEqual(given, expected) ? { ok: true } : { ok: false, reason: 'the signature does not match the body' };
}
