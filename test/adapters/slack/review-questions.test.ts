import { describe, expect, it } from 'vitest';
import { buttonClick, commandRequest, interactionRequest, sendSigned, viewSubmission } from '../support/signed.js';
import { ANSWERS, CHOICES, HALF_FILLED } from '../support/half-filled-review.js';
import { useSlackServer } from '../support/test-server.js';

type Element = { type: string; action_id?: string; value?: string; text?: { text: string } };
type Block = { type: string; block_id?: string; text?: { text: string }; elements?: Element[] };
type Message = { params: Record<string, unknown>; blocks: Block[] };

const fx = useSlackServer();

const buttons = (blocks: Block[]): Element[] => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
const choiceButtons = (blocks: Block[]): Element[] => buttons(blocks).filter((b) => b.action_id?.startsWith('review_choice'));
const marks = (blocks: Block[]): string[] => blocks.flatMap((b) => /^(✅|⚠️|❌|❓|➖) \*/.exec(b.type === 'section' ? (b.text?.text ?? '') : '')?.slice(1, 2) ?? []);

/** The input the message asks for: its bold question is followed by the key in code, `*…* (\`key\`)`. */
function askedKey(blocks: Block[]): string | undefined {
  for (const block of blocks) {
    const match = /\* \(`(\w+)`\)$/m.exec(block.text?.text ?? '');
    if (match) return match[1];
  }
  return undefined;
}

async function command(text: string): Promise<Message> {
  const res = await sendSigned(fx.server.url, commandRequest(text, fx.fake.hookUrl('command')));
  expect(res.status).toBe(200);
  const params = (await res.json()) as Record<string, unknown>;
  return { params, blocks: params.blocks as Block[] };
}

async function reply(count: number): Promise<Message> {
  const params = (await fx.fake.waitFor('response_url', count))[count - 1]!.params;
  return { params, blocks: params.blocks as Block[] };
}

/** Answers the question on screen as a person would: a button for a choice, else the one-field form. */
async function answer(step: Message, key: string, value: string | string[], replies: number): Promise<Message> {
  const choices = choiceButtons(step.blocks);
  if (CHOICES[key]) {
    const label = (choice: string | string[]): string => (key === 'alerting' ? (choice === 'true' ? 'Yes' : 'No') : String(choice));
    expect(choices.map((b) => b.text!.text), key).toEqual(CHOICES[key].map(label));
    const chosen = choices.find((b) => b.text!.text === label(value))!;
    await sendSigned(fx.server.url, interactionRequest(buttonClick(chosen.action_id!, chosen.value, { response_url: fx.fake.hookUrl('follow-up') })));
    return reply(replies);
  }
  expect(choices, `${key} is not a choice`).toEqual([]);
  const form = buttons(step.blocks).find((b) => b.action_id === 'review_answer')!;
  const opened = fx.fake.calls.filter((c) => c.method === 'views.open').length;
  await sendSigned(fx.server.url, interactionRequest(buttonClick('review_answer', form.value, { response_url: fx.fake.hookUrl('follow-up') })));
  const view = (await fx.fake.waitFor('views.open', opened + 1))[opened]!.params.view as { private_metadata: string };
  const field = Array.isArray(value)
    ? { type: 'multi_static_select', selected_options: value.map((v) => ({ value: v })) }
    : { type: 'plain_text_input', value };
  const res = await sendSigned(fx.server.url, interactionRequest(viewSubmission('ingest_review_input', { [key]: { [key]: field } }, view.private_metadata)));
  expect(res.status).toBe(200);
  return reply(replies);
}

describe('/ingest-review with a half-filled description', () => {
  it('asks its questions instead of failing, buttons for choices, until the checklist is complete', async () => {
    let step = await command(HALF_FILLED);
    expect(step.params.text).toMatch(/^Web orders: needs-info so far\. /);
    expect(step.blocks[0]!.text!.text).toBe('🔵 Needs info: Web orders');
    expect(marks(step.blocks)).not.toContain('❌');
    expect(marks(step.blocks).filter((m) => m === '❓')).toHaveLength(6);
    for (const [i, [key, value]] of ANSWERS.entries()) {
      expect(askedKey(step.blocks), `question ${i + 1}`).toBe(key);
      expect(buttons(step.blocks).map((b) => b.action_id)).toContain('review_show');
      step = await answer(step, key, value, i + 1);
      expect(step.params.replace_original).toBe(true);
    }
    // Every question answered: the finished checklist, which can be recorded.
    expect(askedKey(step.blocks)).toBeUndefined();
    expect(step.params.text).toBe('Web orders: ship-with-warnings');
    expect(marks(step.blocks)).not.toContain('❓');
    expect(buttons(step.blocks).map((b) => b.action_id)).toEqual(['review_record', 'review_edit', 'review_share']);
  });

  it("asks the key rule's question in its own words: upsert is keyed on it, a full refresh is not", async () => {
    const upsert = await command(`${HALF_FILLED} schedule=hourly decisionFreshness=hourly`);
    expect(askedKey(upsert.blocks)).toBe('primaryKey');
    expect(JSON.stringify(upsert.blocks)).toContain('upsert is keyed on it');
    // The one-field form asks the same question.
    const form = buttons(upsert.blocks).find((b) => b.action_id === 'review_answer')!;
    await sendSigned(fx.server.url, interactionRequest(buttonClick('review_answer', form.value, { response_url: fx.fake.hookUrl('follow-up') })));
    const [open] = await fx.fake.waitFor('views.open');
    expect(JSON.stringify(open!.params.view)).toContain('upsert is keyed on it');
    const full = await command('name="Web orders" connector=s3 category=engagement refreshMode=full-refresh schedule=hourly decisionFreshness=hourly sourceRows=1000');
    expect(askedKey(full.blocks)).toBe('primaryKey');
    expect(JSON.stringify(full.blocks)).not.toContain('upsert is keyed on it');
  });

  it('still fails an explicit bad value, and still asks what is left out', async () => {
    const step = await command(`${HALF_FILLED} alerting=false uses=none`);
    expect(step.params.text).toMatch(/^Web orders: do-not-ship so far\. /);
    expect(marks(step.blocks).filter((m) => m === '❌')).toHaveLength(2);
    expect(askedKey(step.blocks)).toBe('schedule');
  });
});
