import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestMessage } from '../../adapters/slack/blocks/digest.js';
import { digestCard } from '../../adapters/teams/cards/digest.js';
import { LIMITS } from '../../adapters/teams/cards/limits.js';
import type { Digest, DigestEntry, NotLandingEntry } from '../../src/digest/model.js';
import { NOT_LANDING_ORDER } from '../../src/landing/reasons.js';
import { blockProblems } from './support/block-limits.js';
import { texts } from './teams/support/cards.js';
import { cardProblems } from './teams/support/valid-card.js';

const anyText = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
// A stream's name and its line are never blank: names are required, lines always say what was seen.
const someText = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((t) => t.trim() !== '');
const landingEntry: fc.Arbitrary<NotLandingEntry> = fc.record({
  stream: someText(300),
  connector: fc.option(anyText(30), { nil: null }),
  owner: fc.option(anyText(100), { nil: null }),
  reason: fc.constantFrom(...NOT_LANDING_ORDER),
  line: someText(2000),
  ask: fc.constantFrom('gotchas#silent-auth-loss', 'gotchas#cadence-behind-decision', 'data-streams#refresh-history'),
});
const uncheckedEntry = (i: number): DigestEntry => ({ stream: `Stream ${i}`, connector: 's3', owner: null, reason: 'never-reviewed', line: 'Never reviewed.', lastReview: null });

function digest(landing: NotLandingEntry[], more: number, unchecked: number): Digest {
  const entries = Array.from({ length: unchecked }, (_, i) => uncheckedEntry(i));
  return {
    asOf: new Date('2026-12-03T09:00:00Z'),
    timeZone: 'UTC',
    total: 5_000,
    unchecked,
    snoozed: 0,
    groups: unchecked > 0 ? [{ reason: 'never-reviewed', title: 'Never reviewed', count: unchecked, entries, more: 0 }] : [],
    more: 0,
    notLanding: { count: landing.length + more, entries: landing, more },
  };
}

describe('a digest with streams not landing', () => {
  it('fits Slack\'s limits at any size, and counts what it cut', () => {
    fc.assert(
      fc.property(fc.array(landingEntry, { maxLength: 40 }), fc.nat(300), fc.nat(30), (landing, more, unchecked) => {
        const message = digestMessage(digest(landing, more, unchecked), '2026-12-03');
        expect(blockProblems(message.blocks)).toEqual([]);
        const asks = message.blocks.filter((b) => b.type === 'actions' && JSON.stringify(b).includes('landing_ask')).length;
        if (asks < landing.length + more) expect(JSON.stringify(message.blocks)).toMatch(/and \d+ more not landing/);
      }),
      { numRuns: 60 },
    );
  });

  it('fits Teams\' card limit at any size, and counts what it cut', () => {
    fc.assert(
      fc.property(fc.array(landingEntry, { maxLength: 40 }), fc.nat(300), fc.nat(30), (landing, more, unchecked) => {
        const card = digestCard(digest(landing, more, unchecked), '2026-12-03');
        expect(cardProblems(card)).toEqual([]);
        expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(LIMITS.cardBytes);
        const all = texts(card).join('\n');
        if (landing.length + more > 0) expect(all).toContain(`Not landing (${landing.length + more})`);
        else expect(all).not.toContain('Not landing');
      }),
      { numRuns: 40 },
    );
  });
});
