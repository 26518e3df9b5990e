import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { INPUT_CATALOGUE, INPUT_GROUPS } from '../../../src/review/input-catalogue.js';
import { buttonClick, commandRequest, interactionRequest, sendSigned, viewSubmission } from '../support/signed.js';
import { useSlackServer } from '../support/test-server.js';

const fx = useSlackServer();

type Element = { type: string; action_id?: string; value?: string; text?: { text: string } };
type Block = { type: string; block_id?: string; text?: { text: string }; elements?: Element[]; element?: Element; optional?: boolean };

const SHIPPABLE =
  'name="Web orders" connector=s3 category=engagement dataShape=event eventTimeField=ordered_at refreshMode=upsert primaryKey=order_id keyUnique=true ' +
  'deletes=delete-file schedule=hourly decisionFreshness=hourly uses=segmentation owner=web-team alerting=true';

async function command(text: string): Promise<Response> {
  return sendSigned(fx.server.url, commandRequest(text, fx.fake.hookUrl('command')));
}

async function lastResponse(count = 1): Promise<{ params: Record<string, unknown>; blocks: Block[] }> {
  const calls = await fx.fake.waitFor('response_url', count);
  const params = calls[count - 1]!.params;
  return { params, blocks: params.blocks as Block[] };
}

/** The answer sent back in the acknowledgement itself (help and inline reviews). */
async function acked(res: Response): Promise<{ params: Record<string, unknown>; blocks: Block[] }> {
  expect(res.status).toBe(200);
  const params = (await res.json()) as Record<string, unknown>;
  return { params, blocks: params.blocks as Block[] };
}

const buttons = (blocks: Block[]): Element[] => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);

describe('/ingest-review', () => {
  it('answers inline input privately in the acknowledgement, at once, with the right verdict', async () => {
    const started = Date.now();
    const { params, blocks } = await acked(await command(SHIPPABLE));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(params).toMatchObject({ response_type: 'ephemeral', text: 'Web orders: ship' });
    expect(blocks[0]!.text!.text).toBe('🟢 Ship: Web orders');
    // The tally is plain text, not a small grey context line.
    expect(blocks[1]).toMatchObject({ type: 'section', text: { text: '*Verdict: ship* — 7 pass · 3 n/a' } });
    const rules = blocks.filter((b) => b.type === 'section' && /^(✅|⚠️|❌|➖|❓) /.test(b.text!.text));
    expect(rules).toHaveLength(10);
    expect(rules[0]!.text!.text).toMatch(/^✅ \*Freshness matches the decision\*/);
    expect(blocks.at(-2)!.text!.text).toMatch(/^\*Before it ships, check what no input can prove:\*\n• /);
    expect(buttons(blocks).map((b) => b.text!.text)).toEqual(['Record review', 'Edit in the form', 'Share in channel']);
  });

  it('reports a do-not-ship stream with a mark, message and fix per failing rule', async () => {
    const { params, blocks } = await acked(await command('name="Cart events" connector=s3 category=profile dataShape=event refreshMode=incremental'));
    // The verdict comes first even while a rule still has a question to ask.
    expect(params.text).toMatch(/^Cart events: do-not-ship/);
    expect(blocks[0]!.text!.text).toBe('⛔ Do not ship: Cart events');
    const modeRule = blocks.find((b) => b.text?.text.includes('The connector offers the chosen refresh mode'))!;
    expect(modeRule.text!.text).toMatch(/❌/);
    expect(modeRule.text!.text).toMatch(/\*Fix:\*/);
  });

  it('names a bad key or value instead of guessing', async () => {
    const { blocks } = await acked(await command('name=x connector=s4 category=profile refreshMode=upsert'));
    expect(blocks[0]!.text!.text).toMatch(/connector/);
    expect(blocks[0]!.text!.text).toMatch(/did you mean s3/);
  });

  it('asks for missing inputs with buttons, carrying the draft until the checklist is complete', async () => {
    const first = await acked(await command('name="Orders" connector=salesforce-crm refreshMode=upsert'));
    expect(first.blocks[0]!.text!.text).toMatch(/Which category/);
    // No checklist yet, so nothing to finish with: the answers only.
    expect(buttons(first.blocks).map((b) => b.text!.text)).toEqual(['profile', 'engagement', 'other']);
    const choice = buttons(first.blocks).find((b) => b.text!.text === 'engagement')!;
    const click = buttonClick(choice.action_id!, choice.value, { response_url: fx.fake.hookUrl('follow-up'), container: { type: 'message', is_ephemeral: true } });
    expect((await sendSigned(fx.server.url, interactionRequest(click))).status).toBe(200);
    const second = await lastResponse(1);
    expect(second.params.replace_original).toBe(true);
    // Required inputs given: the checklist so far, a rule's question, and the checklist can be asked for as it is.
    expect(second.blocks[0]!.type).toBe('header');
    // The checklist so far is above the question, so the way out is to finish with it as it is.
    const labels = buttons(second.blocks).map((b) => b.text!.text);
    expect(labels.at(-1)).toBe('Finish without answering');
    expect(labels).not.toContain('Show the checklist now');
    expect(JSON.stringify(second.blocks)).not.toContain('Before it ships');
    const finish = buttons(second.blocks).find((b) => b.text!.text === 'Finish without answering')!;
    await sendSigned(fx.server.url, interactionRequest(buttonClick(finish.action_id!, finish.value, { response_url: fx.fake.hookUrl('follow-up') })));
    const third = await lastResponse(2);
    expect(third.params.text).toMatch(/^Orders: /);
    expect(buttons(third.blocks).map((b) => b.text!.text)).toEqual(['Record review', 'Edit in the form', 'Share in channel']);
  });

  it('asks a free-text input in a one-field form and goes on from its answer', async () => {
    const { blocks } = await acked(await command('connector=s3 category=profile refreshMode=upsert'));
    const answer = buttons(blocks).find((b) => b.action_id === 'review_answer')!;
    await sendSigned(fx.server.url, interactionRequest(buttonClick('review_answer', answer.value, { response_url: fx.fake.hookUrl('step') })));
    const [open] = await fx.fake.waitFor('views.open');
    const view = open!.params.view as { callback_id: string; private_metadata: string; blocks: Block[] };
    expect(view.callback_id).toBe('ingest_review_input');
    expect(view.blocks.some((b) => b.block_id === 'name')).toBe(true);
    const submit = viewSubmission('ingest_review_input', { name: { name: { type: 'plain_text_input', value: 'Customers' } } }, view.private_metadata);
    const res = await sendSigned(fx.server.url, interactionRequest(submit));
    expect(res.status).toBe(200);
    const next = await lastResponse(1);
    expect(JSON.stringify(next.blocks)).toContain('Customers');
  });

  it('opens a form with every input, grouped, with selects for choices and help text', async () => {
    const res = await command('');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const [open] = await fx.fake.waitFor('views.open');
    expect(open!.params.trigger_id).toBe('123.456.abc');
    const view = open!.params.view as { callback_id: string; private_metadata: string; blocks: Block[] };
    expect(view.callback_id).toBe('ingest_review');
    const headers = view.blocks.filter((b) => b.type === 'header').map((b) => b.text!.text);
    expect(headers).toEqual([...INPUT_GROUPS]);
    const inputs = view.blocks.filter((b) => b.type === 'input');
    for (const spec of INPUT_CATALOGUE) {
      const block = inputs.find((b) => b.block_id === spec.key)!;
      expect(block, spec.key).toBeDefined();
      expect(block.optional).toBe(!spec.required);
      if (spec.kind === 'choice' || spec.kind === 'flag') expect(block.element!.type).toBe('static_select');
    }
    expect(JSON.parse(view.private_metadata)).toMatchObject({ r: fx.fake.hookUrl('command'), c: 'C0CHANNEL' });
  });

  it('answers a form with a bad value with errors on that field, and a good one with the checklist', async () => {
    await command('');
    const [open] = await fx.fake.waitFor('views.open');
    const meta = (open!.params.view as { private_metadata: string }).private_metadata;
    const values = {
      name: { name: { type: 'plain_text_input', value: 'Web orders' } },
      connector: { connector: { type: 'static_select', selected_option: { value: 's3' } } },
      category: { category: { type: 'static_select', selected_option: { value: 'engagement' } } },
      refreshMode: { refreshMode: { type: 'static_select', selected_option: { value: 'full-refresh' } } },
      sourceRows: { sourceRows: { type: 'plain_text_input', value: 'lots' } },
      uses: { uses: { type: 'multi_static_select', selected_options: [{ value: 'segmentation' }] } },
      usesOther: { usesOther: { type: 'plain_text_input', value: 'finance report' } },
    };
    const bad = await sendSigned(fx.server.url, interactionRequest(viewSubmission('ingest_review', values, meta)));
    expect(bad.status).toBe(200);
    const body = (await bad.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['sourceRows']);
    expect(body.errors.sourceRows).toMatch(/whole number/);
    const good = await sendSigned(fx.server.url, interactionRequest(viewSubmission('ingest_review', { ...values, sourceRows: { sourceRows: { type: 'plain_text_input', value: '1,000' } } }, meta)));
    expect(good.status).toBe(200);
    expect(await good.text()).toBe('');
    const { params } = await lastResponse();
    expect(params.url).toBe('/hooks/command');
    expect(params.text).toMatch(/^Web orders: /);
  });

  it('records a review with the Slack user as reviewer, and shares it in the channel', async () => {
    const { blocks } = await acked(await command(SHIPPABLE));
    const record = buttons(blocks).find((b) => b.action_id === 'review_record')!;
    await sendSigned(fx.server.url, interactionRequest(buttonClick('review_record', record.value, { response_url: fx.fake.hookUrl('checklist') })));
    const recorded = await lastResponse(1);
    expect(recorded.params.replace_original).toBe(true);
    const note = recorded.blocks.find((b) => b.text?.text.includes('*Recorded* by'))!;
    expect(note.type).toBe('section');
    expect(note.text!.text).toMatch(/^📝 \*Recorded\* by <@U0PERSON> at .* UTC: the stream is checked as of this description\.$/);
    // A review that ships needs no way back: it can be shared.
    expect(buttons(recorded.blocks).map((b) => b.text!.text)).toEqual(['Share in channel']);
    const db = new Database(fx.server.db, { readonly: true });
    const row = db.prepare("SELECT r.verdict, r.by, r.via FROM reviews r JOIN streams s ON s.id = r.stream_id WHERE s.name = 'Web orders'").get();
    db.close();
    expect(row).toEqual({ verdict: 'ship', by: 'U0PERSON', via: 'slack' });

    const share = buttons(blocks).find((b) => b.action_id === 'review_share')!;
    await sendSigned(fx.server.url, interactionRequest(buttonClick('review_share', share.value, { response_url: fx.fake.hookUrl('checklist') })));
    const shared = await lastResponse(2);
    expect(shared.params.response_type).toBe('in_channel');
    expect(JSON.stringify(shared.blocks)).toContain('Shared by <@U0PERSON>');

    await command('web orders');
    const latest = await lastResponse(3);
    expect(latest.params.text).toMatch(/^Web orders: ship \(recorded /);
  });

  it('keeps a way back to the form after recording a review that does not ship, pre-filled with its description', async () => {
    const failing = 'name="Cart events" connector=s3 category=profile dataShape=event refreshMode=upsert primaryKey=id keyUnique=true deletes=delete-file schedule=hourly decisionFreshness=hourly uses=analytics owner=x alerting=true';
    const { blocks } = await acked(await command(failing));
    expect(blocks[0]!.text!.text).toBe('⛔ Do not ship: Cart events');
    const record = buttons(blocks).find((b) => b.text!.text === 'Record review')!;
    await sendSigned(fx.server.url, interactionRequest(buttonClick(record.action_id!, record.value, { response_url: fx.fake.hookUrl('checklist') })));
    const recorded = await lastResponse(1);
    expect(JSON.stringify(recorded.blocks)).toMatch(/with verdict do-not-ship it stays in the digest until a review of it ships: edit the description and review it again/);
    const after = buttons(recorded.blocks);
    expect(after.map((b) => b.text!.text)).toEqual(['Edit in the form', 'Share in channel']);
    const edit = after[0]!;
    await sendSigned(fx.server.url, interactionRequest(buttonClick(edit.action_id!, edit.value, { response_url: fx.fake.hookUrl('checklist') })));
    const [open] = await fx.fake.waitFor('views.open');
    const view = open!.params.view as { callback_id: string; private_metadata: string; blocks: Block[] };
    expect(view.callback_id).toBe('ingest_review');
    const name = view.blocks.find((b) => b.block_id === 'name')!.element as Element & { initial_value?: string };
    expect(name.initial_value).toBe('Cart events');
    const category = view.blocks.find((b) => b.block_id === 'category')!.element as Element & { initial_option?: { value: string } };
    expect(category.initial_option?.value).toBe('profile');
    // The fixed form comes back as a new checklist where the recorded one was.
    expect(JSON.parse(view.private_metadata)).toMatchObject({ r: fx.fake.hookUrl('checklist') });
  });

  it('explains itself on help, and says when a stream name is unknown', async () => {
    const help = await acked(await command('help'));
    expect(JSON.stringify(help.blocks)).toContain('decisionFreshness');
    await command('No such stream');
    const unknown = await lastResponse(1);
    expect(unknown.blocks[0]!.text!.text).toMatch(/No stream named \*No such stream\*/);
  });

  it('refuses a forged command with 401 and calls nothing', async () => {
    const res = await sendSigned(fx.server.url, commandRequest(SHIPPABLE, fx.fake.hookUrl()), { signature: 'v0=deadbeef' });
    expect(res.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fx.fake.calls).toHaveLength(0);
  });
});
