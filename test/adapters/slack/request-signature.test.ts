import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSignature, MAX_CLOCK_SKEW_SECONDS } from '../../../adapters/slack/request-signature.js';

const SECRET = 'unit-test-signing-secret';
const NOW_MS = 1_800_000_000_000;
const sign = (timestamp: string, body: string) => `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;

describe('checkSignature', () => {
  it('accepts exactly what Slack signs, within 5 minutes either way', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: -MAX_CLOCK_SKEW_SECONDS, max: MAX_CLOCK_SKEW_SECONDS }), (body, skew) => {
        const timestamp = String(NOW_MS / 1000 + skew);
        expect(checkSignature(SECRET, { timestamp, signature: sign(timestamp, body) }, Buffer.from(body), NOW_MS)).toEqual({ ok: true });
      }),
    );
  });

  it('refuses a signature with any one character changed, added or removed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.nat(), fc.constantFrom('change', 'add', 'remove'), (body, at, edit) => {
        const timestamp = String(NOW_MS / 1000);
        const good = sign(timestamp, body);
        const i = at % good.length;
        const swapped = good[i] === '0' ? '1' : '0';
        const bad = edit === 'change' ? good.slice(0, i) + swapped + good.slice(i + 1) : edit === 'add' ? good.slice(0, i) + '0' + good.slice(i) : good.slice(0, i) + good.slice(i + 1);
        expect(checkSignature(SECRET, { timestamp, signature: bad }, Buffer.from(body), NOW_MS).ok).toBe(false);
      }),
    );
  });

  it('names what is wrong without echoing the headers', () => {
    const timestamp = String(NOW_MS / 1000 + MAX_CLOCK_SKEW_SECONDS + 1);
    expect(checkSignature(SECRET, { timestamp, signature: sign(timestamp, '') }, Buffer.alloc(0), NOW_MS)).toEqual({ ok: false, reason: 'X-Slack-Request-Timestamp is more than 5 minutes from now' });
    expect(checkSignature(SECRET, { timestamp: undefined, signature: 'v0=' }, Buffer.alloc(0), NOW_MS).ok).toBe(false);
    expect(checkSignature(SECRET, { timestamp: ['1', '2'], signature: 'v0=' }, Buffer.alloc(0), NOW_MS).ok).toBe(false);
  });
});
