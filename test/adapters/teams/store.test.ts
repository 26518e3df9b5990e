import { expect, it } from 'vitest';
import { forgetConversation, saveConversation, type StoredConversation } from '../../../adapters/teams/store/conversations.js';
import { markSending, markSent, pruneSends, sendRecord } from '../../../adapters/teams/store/digest-sends.js';
import { isSubscribed, subscribe, subscribedConversations, unsubscribe } from '../../../adapters/teams/store/subscriptions.js';
import { describeEngines } from '../../support/engines.js';

const at = new Date('2026-11-25T09:00:00Z');

function conversation(id: string, extra: Partial<StoredConversation> = {}): StoredConversation {
  const serviceUrl = 'https://smba.trafficmanager.net/emea/';
  return { conversationId: id, reference: { channelId: 'msteams', serviceUrl, conversation: { id } } as never, serviceUrl, tenantId: 'tenant-a', appId: 'app-1', kind: 'channel', ...extra };
}

// What one instance stores here, every other instance on the database reads: a `digest on` sent to one, a post made by another.
describeEngines('the Teams store', (engine) => {
  it('keeps conversations and digest subscriptions, refreshed in place, ended when the app is removed', async () => {
    const { db } = await engine.open();
    await saveConversation(db, conversation('19:a@thread.v2'), at);
    await saveConversation(db, conversation('19:b@thread.v2', { appId: 'other-app' }), at);
    expect(await subscribe(db, '19:a@thread.v2', 'Ada', at)).toBe(true);
    expect(await subscribe(db, '19:a@thread.v2', 'Bo', at)).toBe(false);
    expect(await subscribe(db, '19:b@thread.v2', 'Ada', at)).toBe(true);
    await saveConversation(db, conversation('19:a@thread.v2', { serviceUrl: 'https://smba.trafficmanager.net/amer/', tenantId: 'tenant-b' }), at);
    expect(await subscribedConversations(db, 'app-1')).toEqual([expect.objectContaining({ conversationId: '19:a@thread.v2', serviceUrl: 'https://smba.trafficmanager.net/amer/', tenantId: 'tenant-b' })]);
    expect(await forgetConversation(db, '19:a@thread.v2', at)).toBe(true);
    expect(await isSubscribed(db, '19:a@thread.v2')).toBe(false);
    expect(await subscribedConversations(db, 'app-1')).toEqual([]);
    expect(await unsubscribe(db, '19:b@thread.v2')).toBe(true);
    expect(await unsubscribe(db, '19:b@thread.v2')).toBe(false);
  });

  it('records each digest post as it happens, and forgets old ones', async () => {
    const { db } = await engine.open();
    const key = { destination: 'teams:19:a@thread.v2', day: '2026-11-25' };
    await markSending(db, key, at);
    expect(await sendRecord(db, key)).toEqual({ state: 'sending', activityId: null });
    await markSent(db, key, 'activity-1', at);
    expect(await sendRecord(db, key)).toEqual({ state: 'sent', activityId: 'activity-1' });
    expect(await pruneSends(db, new Date(at.getTime() + 1))).toBe(1);
    expect(await sendRecord(db, key)).toBeNull();
  });
});
