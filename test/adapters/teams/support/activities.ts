/** Activities as Teams sends them to /api/messages, trimmed to what the bot reads. */
export const BOT = { id: '28:ingest-advisor-bot', name: 'Ingest Advisor' };
export const USER = { id: '29:user-ada', name: 'Ada Lovelace', aadObjectId: '6a1f0000-0000-4000-8000-0000000000a1' };
export const TENANT = '72f988bf-0000-4000-8000-000000000001';
export const CHANNEL = '19:general-abc@thread.tacv2';

export type Scope = 'channel' | 'groupChat' | 'personal';

export interface Where {
  scope?: Scope;
  conversationId?: string;
  id?: string;
}

let sequence = 1_700_000_000_000;

function conversation(scope: Scope, id?: string): Record<string, unknown> {
  const ids: Record<Scope, string> = { channel: `${CHANNEL};messageid=1700000000000`, groupChat: '19:group-chat@thread.v2', personal: 'a:personal-chat-ada' };
  return { id: id ?? ids[scope], conversationType: scope, tenantId: TENANT, ...(scope === 'personal' ? {} : { isGroup: true }) };
}

function base(serviceUrl: string, type: string, where: Where): Record<string, unknown> {
  sequence += 1;
  return {
    type,
    id: where.id ?? String(sequence),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: USER,
    recipient: BOT,
    conversation: conversation(where.scope ?? 'channel', where.conversationId),
    channelData: { tenant: { id: TENANT } },
    locale: 'en-US',
  };
}

/** A typed message; in a channel or group chat with the bot's mention in front, as Teams writes it. */
export function message(serviceUrl: string, text: string, where: Where & { mention?: boolean } = {}): Record<string, unknown> {
  const scope = where.scope ?? 'channel';
  const mention = where.mention ?? scope !== 'personal';
  const tag = `<at>${BOT.name}</at>`;
  return {
    ...base(serviceUrl, 'message', where),
    text: mention ? `${tag} ${text}` : text,
    textFormat: 'plain',
    entities: mention ? [{ type: 'mention', mentioned: BOT, text: tag }] : [],
  };
}

/** An Action.Execute click: an `adaptiveCard/action` invoke answered in the HTTP response. */
export function execute(serviceUrl: string, verb: string, data: Record<string, unknown>, where: Where = {}): Record<string, unknown> {
  return { ...base(serviceUrl, 'invoke', where), name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' } };
}

/** An Action.Submit click: a message with the button's data (and the card's inputs) as its value. */
export function submit(serviceUrl: string, data: Record<string, unknown>, where: Where = {}): Record<string, unknown> {
  return { ...base(serviceUrl, 'message', where), value: data };
}

/** The app added to a conversation. */
export function installed(serviceUrl: string, where: Where = {}, action = 'add'): Record<string, unknown> {
  return { ...base(serviceUrl, 'installationUpdate', where), action };
}

export function botAdded(serviceUrl: string, where: Where = {}): Record<string, unknown> {
  return { ...base(serviceUrl, 'conversationUpdate', where), membersAdded: [BOT] };
}
