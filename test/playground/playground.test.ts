import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from './browser.js';
import { runFlow, SHOTS } from './flow.js';
import { startSession } from './session.js';

const browser = findBrowser();

describe('the Teams cards in the Microsoft 365 Agents Playground', () => {
  it.skipIf(browser === null)(
    'a question, a close call and a pick, an unknown, the review form, its checklist and the digest: every card shown, none cut or rejected',
    async () => {
      const shotsDir = mkdtempSync(join(tmpdir(), 'ingest-advisor-shots-'));
      const session = await startSession(browser!);
      try {
        expect(await runFlow(session.chat, { advisor: session.advisor, postDigest: session.postDigest, shotsDir })).toEqual([]);
        // Each picture is a PNG of a card, not an empty frame.
        for (const shot of SHOTS) expect(readFileSync(join(shotsDir, `${shot}.png`)).length).toBeGreaterThan(10_000);
      } finally {
        await session.close();
        rmSync(shotsDir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
