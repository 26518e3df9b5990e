import { describe, expect, it } from 'vitest';
import { reviewStream } from '../../../src/review/engine.js';
import { jsonFormatter } from '../../../src/review/formatters/json.js';
import { reviewPiece } from '../../../src/review/parallel/review-piece.js';
import { parseStreamDescription } from '../../../src/review/schema.js';
import { benchStream } from '../../bench/review-bench.js';
import { yamlList } from '../../support/yaml-list.js';

const now = new Date('2026-12-01T00:00:00Z');
const streams = Array.from({ length: 30 }, (_, i) => benchStream(i));
const review = { policy: undefined, now, writer: jsonFormatter.writer() };

describe('reviewPiece', () => {
  it('reviews a piece of good descriptions and writes each review as UTF-8, in order', () => {
    const outcome = reviewPiece(yamlList(streams), review);
    const inOrder = streams.map((stream) => jsonFormatter.writer().result(reviewStream(parseStreamDescription(stream), { now }))).join('');
    expect(outcome && { ...outcome, bytes: new TextDecoder().decode(outcome.bytes) }).toEqual({ entries: 30, bytes: inOrder, worst: 'do-not-ship' });
  });

  it.each([
    ['a bad entry', yamlList([streams[0]!, { ...streams[1]!, connector: 's4' }])],
    ['an entry that is not a mapping', '- name: A\n  connector: s3\n  category: profile\n  refreshMode: upsert\n- just text\n'],
    ['an alias', '- &a\n  name: A\n  connector: s3\n  category: profile\n  refreshMode: upsert\n- *a\n'],
    ['text that does not parse', '- name: A\n  connector: s3: x\n'],
    ['a single description', 'name: A\nconnector: s3\ncategory: profile\nrefreshMode: upsert\n'],
    ['an empty list', '[]'],
  ])('gives back %s to the reader in order', (_, text) => {
    expect(reviewPiece(text, review)).toBeNull();
  });
});
