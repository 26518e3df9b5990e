import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { COMMAND } from '../../../adapters/slack/ids.js';
import { packageRoot } from '../../../src/paths.js';

type Manifest = {
  display_information: { name: string; description: string };
  features: { bot_user: { display_name: string }; slash_commands: Array<{ command: string; url?: string; description: string }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url?: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url?: string }; socket_mode_enabled: boolean };
};

const read = (file: string): Manifest => parse(readFileSync(join(packageRoot, 'adapters/slack', file), 'utf8')) as Manifest;

describe('the Slack app manifests', () => {
  const http = read('manifest.yaml');
  const socket = read('manifest.socket-mode.yaml');

  it('subscribe to what the app listens to, with the scopes its calls need', () => {
    for (const manifest of [http, socket]) {
      expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
      expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([COMMAND]);
      expect(manifest.settings.interactivity.is_enabled).toBe(true);
      expect(manifest.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history']);
      expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    }
  });

  it('send every HTTP request to /slack/events, and the Socket Mode variant needs no URL', () => {
    const urls = [http.settings.event_subscriptions.request_url, http.settings.interactivity.request_url, http.features.slash_commands[0]!.url];
    expect(urls.every((url) => url?.endsWith('/slack/events'))).toBe(true);
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('request_url');
    expect(socket.features.slash_commands[0]!.url).toBeUndefined();
  });
});
