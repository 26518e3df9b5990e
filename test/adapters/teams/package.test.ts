import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeIcons } from '../../../adapters/teams/icons/make-icons.js';
import { pngHeader } from '../../../adapters/teams/icons/png.js';
import { packagedManifest, teamsAppZip } from '../../../adapters/teams/package-app.js';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const PAGES = { TEAMS_WEBSITE_URL: 'https://data.contoso.com/advisor', TEAMS_PRIVACY_URL: 'https://www.contoso.com/privacy', TEAMS_TERMS_URL: 'https://www.contoso.com/terms' };
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const file = (name: string): Buffer => readFileSync(new URL(`../../../adapters/teams/${name}`, import.meta.url));

/** The RGBA pixels of one of our PNGs (filter 0 on every row, as the encoder writes them). */
function pixels(png: Buffer): Uint8Array {
  const { width } = pngHeader(png);
  const idat = png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IEND') - 8);
  const rows = inflateSync(idat);
  const out: number[] = [];
  for (let at = 0; at < rows.length; at += width * 4 + 1) out.push(...rows.subarray(at + 1, at + 1 + width * 4));
  return Uint8Array.from(out);
}

describe('the Teams app package', () => {
  it('holds the manifest with the app and bot id from MicrosoftAppId, and both icons', () => {
    const files = unzipSync(teamsAppZip(packagedManifest({ MicrosoftAppId: APP_ID, ...PAGES }).manifest));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown> & { bots: Array<{ botId: string }> };
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]!.botId).toBe(APP_ID);
    expect(manifest.version).toBe((JSON.parse(file('../../package.json').toString()) as { version: string }).version);
  });

  it('refuses to build without a MicrosoftAppId, naming it', () => {
    expect(() => packagedManifest(PAGES)).toThrow(/MicrosoftAppId/);
  });

  it('takes the developer block from the TEAMS_* settings', () => {
    const { manifest, warnings } = packagedManifest({ MicrosoftAppId: APP_ID, TEAMS_DEVELOPER_NAME: 'Contoso Data Platform', ...PAGES });
    expect(manifest.developer).toEqual({ name: 'Contoso Data Platform', websiteUrl: PAGES.TEAMS_WEBSITE_URL, privacyUrl: PAGES.TEAMS_PRIVACY_URL, termsOfUseUrl: PAGES.TEAMS_TERMS_URL });
    expect(warnings).toEqual([]);
  });

  it('refuses the placeholder developer links, naming each setting left unset', () => {
    expect(() => packagedManifest({ MicrosoftAppId: APP_ID })).toThrow(/^Invalid configuration in TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL, TEAMS_TERMS_URL: .*placeholder.*--allow-placeholders/);
    expect(() => packagedManifest({ MicrosoftAppId: APP_ID, ...PAGES, TEAMS_TERMS_URL: 'https://www.example.com/terms' })).toThrow(/^Invalid configuration in TEAMS_TERMS_URL:/);
  });

  it('builds a trial package with placeholders when asked, and warns', () => {
    const { manifest, warnings } = packagedManifest({ MicrosoftAppId: APP_ID, TEAMS_PRIVACY_URL: PAGES.TEAMS_PRIVACY_URL }, { allowPlaceholders: true });
    expect(manifest.developer.privacyUrl).toBe(PAGES.TEAMS_PRIVACY_URL);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Warning: TEAMS_WEBSITE_URL, TEAMS_TERMS_URL: the app's page in Teams links to placeholder addresses \(https:\/\/advisor\.example\.com, https:\/\/advisor\.example\.com\/terms\)/);
  });

  it.each([
    ['an http link', { TEAMS_PRIVACY_URL: 'http://www.contoso.com/privacy' }, /TEAMS_PRIVACY_URL="http:\/\/www.contoso.com\/privacy": must be an https:\/\/ address/],
    ['not a link', { TEAMS_WEBSITE_URL: 'contoso' }, /TEAMS_WEBSITE_URL="contoso": must be an https:\/\/ address/],
    ['a long name', { TEAMS_DEVELOPER_NAME: 'x'.repeat(33) }, /TEAMS_DEVELOPER_NAME=.*at most 32 characters/],
  ])('refuses %s, naming the setting', (_what, env, message) => {
    expect(() => packagedManifest({ MicrosoftAppId: APP_ID, ...PAGES, ...env }, { allowPlaceholders: true })).toThrow(message);
  });

  it('npm run teams:package exits 2 on the placeholders, and writes a trial zip with --allow-placeholders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-advisor-package-'));
    const env = { PATH: process.env.PATH ?? '', MicrosoftAppId: APP_ID, TEAMS_PRIVACY_URL: PAGES.TEAMS_PRIVACY_URL };
    const run = (...args: string[]) =>
      promisify(execFile)('node', [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'adapters/teams/package-app.ts'), ...args], { cwd: dir, env }).then(
        ({ stderr }) => ({ code: 0, stderr }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
    try {
      expect(await run(join(dir, 'refused.zip'))).toEqual({ code: 2, stderr: expect.stringMatching(/^Invalid configuration in TEAMS_WEBSITE_URL, TEAMS_TERMS_URL: /) as unknown });
      expect(await run('--allow-placeholders', join(dir, 'trial.zip'))).toEqual({ code: 0, stderr: expect.stringMatching(/^Warning: TEAMS_WEBSITE_URL, TEAMS_TERMS_URL: the app's page in Teams links to placeholder addresses \(https:\/\/advisor\.example\.com, https:\/\/advisor\.example\.com\/terms\)/) as unknown });
      const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(join(dir, 'trial.zip')))['manifest.json']!)) as { developer: { privacyUrl: string } };
      expect(manifest.developer.privacyUrl).toBe(PAGES.TEAMS_PRIVACY_URL);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('keeps the manifest within Teams’ limits, with the bot’s commands in its command list', () => {
    const manifest = JSON.parse(file('manifest.json').toString()) as {
      $schema: string;
      manifestVersion: string;
      name: { short: string; full: string };
      description: { short: string; full: string };
      accentColor: string;
      bots: Array<{ scopes: string[]; commandLists: Array<{ commands: Array<{ title: string; description: string }> }> }>;
    };
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
    expect(manifest.bots[0]!.scopes).toEqual(['personal', 'team', 'groupChat']);
    const commands = manifest.bots[0]!.commandLists[0]!.commands;
    expect(commands.map((c) => c.title)).toEqual(['ingest-review', 'ingest-review help', 'digest on', 'digest off', 'status', 'help']);
    for (const command of commands) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
    }
  });

  it('has a 192×192 colour icon and a 32×32 outline icon of white on transparent, as the script draws them', () => {
    expect(pngHeader(file('color.png'))).toEqual({ width: 192, height: 192, colourType: 6 });
    expect(pngHeader(file('outline.png'))).toEqual({ width: 32, height: 32, colourType: 6 });
    const outline = pixels(file('outline.png'));
    for (let at = 0; at < outline.length; at += 4) if (outline[at + 3]! > 0) expect([outline[at], outline[at + 1], outline[at + 2]]).toEqual([255, 255, 255]);
    expect(outline.some((_, i) => i % 4 === 3 && outline[i] === 0)).toBe(true);
    const { color, outline: drawn } = makeIcons();
    expect(color.equals(file('color.png'))).toBe(true);
    expect(drawn.equals(file('outline.png'))).toBe(true);
  });
});
