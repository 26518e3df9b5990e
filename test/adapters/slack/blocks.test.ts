import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../adapters/slack/blocks/answer.js';
import { checklistMessage } from '../../../adapters/slack/blocks/checklist.js';
import { digestMessage } from '../../../adapters/slack/blocks/digest.js';
import { followUpMessage } from '../../../adapters/slack/blocks/follow-up.js';
import { helpMessage } from '../../../adapters/slack/blocks/help.js';
import { reviewModal } from '../../../adapters/slack/blocks/review-modal.js';
import { snoozeModal } from '../../../adapters/slack/blocks/snooze-modal.js';
import { clip, link } from '../../../adapters/slack/blocks/text.js';
import { nextStep } from '../../../adapters/slack/review-flow.js';
import { ANSWER_BANDS } from '../../../src/answer/types.js';
import type { Digest, DigestEntry } from '../../../src/digest/model.js';
import { WORST_FIRST } from '../../../src/registry/reasons.js';
import { reviewStream } from '../../../src/review/engine.js';
import { INPUT_CATALOGUE } from '../../../src/review/input-catalogue.js';
import { parsePartialStreamDescription } from '../../../src/review/schema.js';
import type { PartialStreamDescription, StreamDescription } from '../../../src/review/stream-description.js';
import { blockProblems, viewProblems } from '../support/block-limits.js';

const anyText = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const refs = (ref: string) => `<https://docs.example.com/${ref}|${ref}>`;

/** Any valid partial description, built from the input catalogue. */
const draft: fc.Arbitrary<PartialStreamDescription> = fc
  .record(
    Object.fromEntries(
      INPUT_CATALOGUE.map((spec) => {
        const value =
          spec.kind === 'choice' || spec.kind === 'flag' ? fc.constantFrom(...spec.values!) : spec.kind === 'count' ? fc.nat().map(String) : spec.kind === 'use-list' ? fc.subarray([...spec.values!]).map((v) => v.join(',')) : anyText(300).filter((t) => t.trim() !== '' && !t.includes(','));
        return [spec.key, value];
      }),
    ),
    { requiredKeys: [] },
  )
  .map((raw) => parsePartialStreamDescription(raw));

const complete: fc.Arbitrary<StreamDescription> = fc
  .tuple(draft, anyText(500).filter((t) => t.trim() !== ''))
  .map(([d, name]) => ({ connector: 's3', category: 'profile', refreshMode: 'upsert', ...d, name: name.trim() }) as StreamDescription);

describe('Block Kit renderers stay within Slack limits', () => {
  it('answers, however long the answer and its sources', () => {
    const source = fc.record({ doc: anyText(30), section: anyText(30), title: anyText(200), heading: anyText(200), score: fc.double({ min: 0, max: 1, noNaN: true }), url: fc.option(fc.webUrl(), { nil: undefined }) });
    fc.assert(
      fc.property(fc.constantFrom(...ANSWER_BANDS), anyText(12_000), fc.array(source, { maxLength: 5 }), fc.option(fc.nat(), { nil: null }), (band, answer, sources, id) => {
        const message = answerMessage({ question: 'q', band, confident: band === 'answer', answer, sources }, id);
        expect(blockProblems(message.blocks)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('checklists and follow-up questions of any description', () => {
    fc.assert(
      fc.property(complete, draft, (stream, partial) => {
        expect(blockProblems(checklistMessage(reviewStream(stream), refs).blocks)).toEqual([]);
        const step = nextStep(partial, { now: new Date('2026-11-25T09:00:00Z') });
        if (step.kind === 'ask') expect(blockProblems(followUpMessage(step).blocks)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('the review form with any initial values, and the snooze form', () => {
    fc.assert(
      fc.property(draft, anyText(500), (initial, name) => {
        expect(viewProblems(reviewModal(initial, '{}') as never)).toEqual([]);
        expect(viewProblems(snoozeModal(name, '{}') as never)).toEqual([]);
      }),
      { numRuns: 100 },
    );
    expect(blockProblems(helpMessage().blocks)).toEqual([]);
  });

  it('digests of any size: worst first, cut with a count of the rest', () => {
    const entry = fc.record({ stream: anyText(300), connector: fc.option(anyText(30), { nil: null }), owner: fc.option(anyText(100), { nil: null }), line: anyText(4000) });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORST_FIRST), entry), { maxLength: 60 }), fc.nat(500), (items, extra) => {
        const groups = WORST_FIRST.map((reason) => {
          const entries: DigestEntry[] = items.filter(([r]) => r === reason).map(([, e]) => ({ ...e, reason, lastReview: null }));
          return { reason, title: reason, count: entries.length + extra, entries, more: extra };
        }).filter((g) => g.count > 0);
        const digest: Digest = { asOf: new Date(), timeZone: 'UTC', total: 1000, unchecked: items.length + extra * groups.length, snoozed: 0, groups, more: extra * groups.length };
        const message = digestMessage(digest, '2026-11-25');
        expect(blockProblems(message.blocks)).toEqual([]);
        const shown = message.blocks.filter((b) => b.type === 'actions').length;
        const counted = message.blocks.filter((b) => b.type === 'context').map((b) => JSON.stringify(b)).join(' ');
        if (shown < items.length) expect(counted).toMatch(/and \d+ more/);
      }),
      { numRuns: 100 },
    );
  });
});

describe('text helpers', () => {
  it('escapes what people type, so a stream name cannot ping the channel', () => {
    const message = checklistMessage(reviewStream({ name: '<!channel> & <@U123>', connector: 's3', category: 'profile', refreshMode: 'upsert' }), refs);
    const body = JSON.stringify(message.blocks.slice(1));
    expect(body).not.toContain('<!channel>');
  });

  it('draws each checklist from its own rules: an older version of a rule renders as it was recorded', () => {
    const result = reviewStream({ name: 'Web orders', connector: 's3', category: 'profile', refreshMode: 'upsert' });
    const first = JSON.stringify(checklistMessage(result, refs));
    // A recorded review may carry an older version of a rule: other refs, another title.
    const older = { ...result, rules: result.rules.map((rule) => ({ ...rule, title: `${rule.title} <v1>`, refs: ['old-doc'] })) };
    const body = JSON.stringify(checklistMessage(older, refs).blocks);
    expect(body).toContain('docs.example.com/old-doc');
    expect(body).toContain('&lt;v1&gt;');
    expect(JSON.stringify(checklistMessage(result, refs))).toBe(first);
  });

  it('cuts text without splitting a surrogate pair, and keeps links intact', () => {
    expect(clip('a😀b', 3)).toBe('a…');
    expect(link('https://x.example/a b|c', 'A|B > C')).toBe('<https://x.example/a%20b%7Cc|A¦B &gt; C>');
  });
});
