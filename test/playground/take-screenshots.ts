import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { findBrowser, KNOWN_BROWSERS } from './browser.js';
import { runFlow, SHOTS } from './flow.js';
import { startSession } from './session.js';

/**
 * `npm run screenshots`: the Teams tour through the Agents Playground in a headless Chromium,
 * written to docs/screenshots/ for the README. Exit 0 when written (or skipped for want of a
 * browser), 1 when the Playground rejected a card or a card lacked what it should show.
 */
async function main(): Promise<number> {
  const browser = findBrowser();
  if (!browser) {
    const named = process.env.SCREENSHOTS_BROWSER;
    const looked = named ? `SCREENSHOTS_BROWSER names ${named}, which is not an executable` : `none of ${KNOWN_BROWSERS.join(', ')} is installed`;
    process.stdout.write(`Skipped: no Chromium or Chrome to drive (${looked}). Install one, or set SCREENSHOTS_BROWSER to its path, and run npm run screenshots again.\n`);
    return 0;
  }
  const shotsDir = join(packageRoot, 'docs', 'screenshots');
  mkdirSync(shotsDir, { recursive: true });
  process.stdout.write(`Driving the Agents Playground with ${browser}…\n`);
  const session = await startSession(browser);
  try {
    const problems = await runFlow(session.chat, { advisor: session.advisor, postDigest: session.postDigest, shotsDir });
    for (const shot of SHOTS) process.stdout.write(`  ${relative(process.cwd(), join(shotsDir, `${shot}.png`))}\n`);
    if (problems.length === 0) return 0;
    process.stderr.write(`The Playground showed problems:\n${problems.map((p) => `  ${p.step}: ${p.problem}`).join('\n')}\n`);
    return 1;
  } finally {
    await session.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`npm run screenshots failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
