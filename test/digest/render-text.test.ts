import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/digest/model.js';
import { renderDigestText } from '../../src/digest/render-text.js';

const base: Digest = { asOf: new Date('2026-11-25T09:00:00Z'), timeZone: 'UTC', total: 12, unchecked: 0, snoozed: 0, groups: [], more: 0 };

describe('renderDigestText', () => {
  it('shows the count, the groups worst first, each stream with connector and owner, and the cut', () => {
    const digest: Digest = {
      ...base,
      unchecked: 4,
      snoozed: 1,
      more: 2,
      groups: [
        {
          reason: 'failed-review',
          title: 'Failed review',
          count: 1,
          more: 0,
          entries: [{ stream: 'Cart events', connector: 'ingestion-api', owner: 'web-team', reason: 'failed-review', line: 'Fails: Freshness.', lastReview: null }],
        },
        {
          reason: 'never-reviewed',
          title: 'Never reviewed',
          count: 3,
          more: 2,
          entries: [{ stream: 'Accounts', connector: 's3', owner: null, reason: 'never-reviewed', line: 'Never reviewed.', lastReview: null }],
        },
      ],
    };
    expect(renderDigestText(digest)).toBe(
      [
        '4 of 12 streams unchecked (1 snoozed), as of 2026-11-25 09:00 UTC.',
        '',
        'Failed review (1)',
        '  - Cart events (ingestion-api, owner web-team): Fails: Freshness.',
        '',
        'Never reviewed (3)',
        '  - Accounts (s3, no owner): Never reviewed.',
        '  … and 2 more',
        '',
      ].join('\n'),
    );
  });

  it('says when everything is checked, or there is nothing to check', () => {
    expect(renderDigestText({ ...base, total: 1 })).toBe('The one stream in the registry is checked, as of 2026-11-25 09:00 UTC.\n');
    expect(renderDigestText({ ...base, snoozed: 2 })).toBe('All 12 streams in the registry are checked (2 snoozed), as of 2026-11-25 09:00 UTC.\n');
    expect(renderDigestText({ ...base, total: 0 })).toBe('The registry has no streams yet, as of 2026-11-25 09:00 UTC.\n');
  });
});
