import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

/** Slack's v0 signature: HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackRequest {
  body: string;
  contentType: string;
}

export interface SendOptions {
  timestamp?: number;
  secret?: string;
  /** Overrides the computed signature (a forgery). */
  signature?: string;
  headers?: Record<string, string>;
}

/** Posts a correctly signed request (unless told otherwise) to `/slack/events`. */
export async function sendSigned(baseUrl: string, request: SlackRequest, options: SendOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': request.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signature(request.body, timestamp, options.secret),
      ...options.headers,
    },
    body: request.body,
  });
}

export function eventRequest(event: Record<string, unknown>, eventId: string): SlackRequest {
  const body = { token: 'legacy', team_id: 'T0001', api_app_id: 'A0001', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), event, authorizations: [{ team_id: 'T0001', user_id: 'UBOT', is_bot: true }] };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

export function mention(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'app_mention', user: 'U0PERSON', text: `<@UBOT> ${text}`, ts: '1700000000.000200', channel: 'C0CHANNEL', event_ts: '1700000000.000200', ...extra };
}

export function commandRequest(text: string, responseUrl: string, extra: Record<string, string> = {}): SlackRequest {
  const fields = { token: 'legacy', team_id: 'T0001', channel_id: 'C0CHANNEL', user_id: 'U0PERSON', user_name: 'person', command: '/ingest-review', text, response_url: responseUrl, trigger_id: '123.456.abc', api_app_id: 'A0001', ...extra };
  return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export function interactionRequest(payload: unknown): SlackRequest {
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** A block_actions payload for one button click. */
export function buttonClick(actionId: string, value: string | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'example' },
    user: { id: 'U0PERSON', username: 'person', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy',
    trigger_id: '123.456.click',
    channel: { id: 'C0CHANNEL', name: 'data' },
    container: { type: 'message', message_ts: '1700000001.000100', channel_id: 'C0CHANNEL', is_ephemeral: false },
    message: { type: 'message', ts: '1700000001.000100', thread_ts: '1700000000.000200', text: 'x' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', ...(value !== undefined ? { value } : {}), action_ts: '1700000002.000100' }],
    ...extra,
  };
}

/** A view_submission payload of a modal with the given state values. */
export function viewSubmission(callbackId: string, values: Record<string, Record<string, unknown>>, privateMetadata: string): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: 'T0001', domain: 'example' },
    user: { id: 'U0PERSON', username: 'person', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy',
    trigger_id: '123.456.submit',
    view: { id: 'V0001', type: 'modal', callback_id: callbackId, private_metadata: privateMetadata, state: { values }, hash: 'h', team_id: 'T0001', app_id: 'A0001', bot_id: 'BBOT' },
  };
}
