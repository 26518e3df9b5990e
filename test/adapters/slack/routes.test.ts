import { App, type Receiver } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { TaskTracker } from '../../../adapters/server/tasks.js';
import { SlackRoutes } from '../../../adapters/slack/routes.js';
import { silentLogger } from '../../../src/logging/logger.js';

/** A receiver that delivers nothing: the tests hand payloads to Bolt themselves. */
const idleReceiver: Receiver = { init: () => undefined, start: () => Promise.resolve(), stop: () => Promise.resolve() };

function setUp() {
  const app = new App({ receiver: idleReceiver, token: 'xoxb-test', botId: 'BBOT', botUserId: 'UBOT', tokenVerificationEnabled: false, convoStore: false });
  const routes = new SlackRoutes();
  const tasks = new TaskTracker(silentLogger());
  const seen: string[] = [];
  const fellThrough: string[] = [];
  routes.event('app_mention', async (event) => void seen.push(`mention:${String(event.text)}`));
  routes.command('/ingest-review', async (body, ack) => {
    seen.push(`command:${String((body as { text: string }).text)}`);
    await ack({ text: 'reviewed' });
  });
  routes.action('review_record', 'record', async (ctx) => void seen.push(`record:${ctx.value ?? ''}`));
  routes.view('ingest_review', async (_body, ack) => {
    seen.push('view');
    await ack({ response_action: 'errors', errors: { name: 'missing' } });
  });
  routes.attach(app, { tasks });
  // Registered after the routes: it only runs for a payload no route took.
  app.use(async ({ body }) => void fellThrough.push(JSON.stringify(body).slice(0, 40)));
  const deliver = async (body: Record<string, unknown>) => {
    const acks: unknown[] = [];
    await app.processEvent({ body, ack: async (response?: unknown) => void acks.push(response ?? null) });
    await tasks.drain(1_000);
    return acks;
  };
  return { deliver, seen, fellThrough };
}

const user = { id: 'U1' };

describe('SlackRoutes', () => {
  it('routes an event by its type, and passes one with no route on', async () => {
    const { deliver, seen, fellThrough } = setUp();
    await deliver({ type: 'event_callback', event_id: 'Ev1', event: { type: 'app_mention', user: 'U1', text: 'hi', channel: 'C1', ts: '1.0' } });
    await deliver({ type: 'event_callback', event_id: 'Ev2', event: { type: 'reaction_added', user: 'U1', reaction: 'tada' } });
    expect(seen).toEqual(['mention:hi']);
    expect(fellThrough).toHaveLength(1);
    expect(fellThrough[0]).toContain('event_callback');
  });

  it('hands a command its ack, and passes an unknown command on unacknowledged', async () => {
    const { deliver, seen, fellThrough } = setUp();
    expect(await deliver({ command: '/ingest-review', text: 'help', user_id: 'U1' })).toEqual([{ text: 'reviewed' }]);
    expect(await deliver({ command: '/other', text: '', user_id: 'U1' })).toEqual([]);
    expect(seen).toEqual(['command:help']);
    expect(fellThrough).toHaveLength(1);
  });

  it('acknowledges every button, and runs the work of the one whose action id matches', async () => {
    const { deliver, seen } = setUp();
    const click = (actionId: string) => ({ type: 'block_actions', user, actions: [{ action_id: actionId, value: 'v1', block_id: 'b', type: 'button' }] });
    expect(await deliver(click('review_record'))).toEqual([null]);
    expect(await deliver(click('somebody_elses_button'))).toEqual([null]);
    expect(seen).toEqual(['record:v1']);
  });

  it('lets a form handler answer with field errors, and closes a form nobody handles', async () => {
    const { deliver, seen } = setUp();
    const submit = (callbackId: string) => ({ type: 'view_submission', user, view: { id: 'V1', callback_id: callbackId, state: { values: {} } } });
    expect(await deliver(submit('ingest_review'))).toEqual([{ response_action: 'errors', errors: { name: 'missing' } }]);
    expect(await deliver(submit('stale_form'))).toEqual([null]);
    expect(seen).toEqual(['view']);
  });
});
