import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeIcons } from '../../../adapters/teams/icons/make-icons.js';
import { pngHeader } from '../../../adapters/teams/icons/png.js';
import { teamsAppZip } from '../../../adapters/teams/package-app.js';

const APP_ID = '11111111-2222-4333-8444-555555555555';
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
    const files = unzipSync(teamsAppZip({ MicrosoftAppId: APP_ID }));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown> & { bots: Array<{ botId: string }> };
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]!.botId).toBe(APP_ID);
    expect(manifest.version).toBe((JSON.parse(file('../../package.json').toString()) as { version: string }).version);
  });

  it('refuses to build without a MicrosoftAppId, naming it', () => {
    expect(() => teamsAppZip({})).toThrow(/MicrosoftAppId/);
  });

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
