import { Activity } from '@microsoft/agents-activity';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../adapters/teams/activity/command.js';
import { isForBot, readMessage } from '../../../adapters/teams/activity/message-text.js';
import { baseConversationId } from '../../../adapters/teams/activity/reference.js';
import { BOT, message } from './support/activities.js';

const read = (activity: Record<string, unknown>) => readMessage(Activity.fromObject(activity));

describe('reading a Teams message', () => {
  it('removes the bot’s mention and decodes what Teams escapes', () => {
    const activity = message('http://127.0.0.1:9/', 'what does upsert&nbsp;do with <b>deleted</b> records &amp; keys?');
    expect(read(activity)).toEqual({ scope: 'channel', mentioned: true, text: 'what does upsert do with deleted records & keys?' });
  });

  it('tells a mention of someone else from one of the bot', () => {
    const activity = { ...message('http://127.0.0.1:9/', 'ask <at>Grace</at>', { mention: false }), entities: [{ type: 'mention', mentioned: { id: '29:grace' }, text: '<at>Grace</at>' }] };
    const text = read(activity);
    expect(text).toMatchObject({ mentioned: false, text: 'ask Grace' });
    expect(isForBot(text)).toBe(false);
  });

  it('treats every personal message as meant for the bot', () => {
    expect(isForBot(read(message('http://127.0.0.1:9/', 'hello', { scope: 'personal' })))).toBe(true);
    expect(read(message('http://127.0.0.1:9/', 'hi', { scope: 'groupChat' })).mentioned).toBe(true);
    expect(BOT.id).toMatch(/^28:/);
  });
});

describe('commands', () => {
  it.each([
    ['', { kind: 'intro' }],
    ['help', { kind: 'intro' }],
    ['ingest-review', { kind: 'review', args: '' }],
    ['/ingest-review name=x connector=s3', { kind: 'review', args: 'name=x connector=s3' }],
    ['Ingest-Review Web orders', { kind: 'review', args: 'Web orders' }],
    ['digest on', { kind: 'digest', action: 'on' }],
    ['Digest OFF', { kind: 'digest', action: 'off' }],
    ['digest', { kind: 'digest', action: 'status' }],
    ['digest of my streams please', { kind: 'question', text: 'digest of my streams please' }],
    ['what is upsert?', { kind: 'question', text: 'what is upsert?' }],
  ])('%j', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });

  it('posts the digest to a channel, not into the thread a message came from', () => {
    expect(baseConversationId('19:abc@thread.tacv2;messageid=1700000000000')).toBe('19:abc@thread.tacv2');
    expect(baseConversationId('a:personal')).toBe('a:personal');
  });
});
