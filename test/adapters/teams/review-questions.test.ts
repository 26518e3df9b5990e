import { describe, expect, it } from 'vitest';
import { execute } from './support/activities.js';
import { ANSWERS, CHOICES, HALF_FILLED } from '../support/half-filled-review.js';
import { buttons, inputs, invokeCard, texts, type Button, type Card } from './support/cards.js';
import { post, useTeamsServer } from './support/teams-server.js';
import { cardProblems } from './support/valid-card.js';
import { cardReply } from './support/card-reply.js';

const fx = useTeamsServer();

const choiceButtons = (card: Card): Button[] => buttons(card).filter((b) => b.verb === 'review.answer' && typeof b.data.v === 'string');
const marks = (card: Card): string[] => texts(card).flatMap((t) => /^(✅|⚠️|❌|❓|➖) \*\*/.exec(t)?.slice(1, 2) ?? []);

/** The input the card asks for: its bold question is followed by the key, `**…** (key)`. */
function askedKey(card: Card): string | undefined {
  for (const text of texts(card)) {
    const match = /\*\* \((\w+)\)$/.exec(text);
    if (match) return match[1];
  }
  return undefined;
}

const say = (text: string): Promise<Card> => cardReply(fx, text);

async function click(button: Button, values: Record<string, unknown> = {}): Promise<Card> {
  const answer = await post(fx.server.url, execute(fx.connector.serviceUrl, button.verb, { ...button.data, ...values }));
  expect(answer.status).toBe(200);
  const card = invokeCard(answer.body);
  if (!card) throw new Error(`expected a card, got ${JSON.stringify(answer.body)}`);
  expect(cardProblems(card)).toEqual([]);
  return card;
}

/**
 * Answers the question on the card as a person would: a choice is a button per answer, or, with
 * more answers than a card shows side by side, a choice list; anything else is its field and Next.
 */
async function answer(card: Card, key: string, answer: string | string[]): Promise<Card> {
  // Teams sends a multi-select's answers as one comma-separated value.
  const value = Array.isArray(answer) ? answer.join(',') : answer;
  const choices = choiceButtons(card);
  const field = inputs(card).find((input) => input.id === key);
  if (choices.length > 0) {
    expect(choices.map((b) => b.data.v), key).toEqual(CHOICES[key]);
    return click(choices.find((b) => b.data.v === value)!);
  }
  expect(field, `${key} has buttons or a field`).toBeDefined();
  if (CHOICES[key]) expect(field!.choices?.map((c) => c.value), key).toEqual(CHOICES[key]);
  return click(buttons(card).find((b) => b.title === 'Next')!, { [key]: value });
}

describe('ingest-review in Teams with a half-filled description', () => {
  it('asks its questions instead of failing, buttons for short choices, until the checklist is complete', async () => {
    let card = await say(`ingest-review ${HALF_FILLED}`);
    expect(texts(card)[0]).toBe('🔵 Needs info: Web orders');
    expect(marks(card)).not.toContain('❌');
    expect(marks(card).filter((m) => m === '❓')).toHaveLength(6);
    for (const [i, [key, value]] of ANSWERS.entries()) {
      expect(askedKey(card), `question ${i + 1}`).toBe(key);
      expect(buttons(card).map((b) => b.verb)).toContain('review.show');
      card = await answer(card, key, value);
    }
    expect(askedKey(card)).toBeUndefined();
    expect(texts(card)[0]).toBe('🟡 Ship with warnings: Web orders');
    expect(marks(card)).not.toContain('❓');
    expect(buttons(card).map((b) => b.verb)).toEqual(['review.record', 'review.open']);
  });

  it('offers the delete stories that fit the connector as buttons', async () => {
    const card = await say('ingest-review name="Orders API" connector=ingestion-api apiPattern=streaming schemaDefined=true category=engagement refreshMode=upsert schedule=streaming decisionFreshness=15min primaryKey=order_id');
    expect(askedKey(card)).toBe('deletes');
    expect(choiceButtons(card).map((b) => b.data.v)).toEqual(['api-delete', 'soft-delete-flag', 'periodic-full-refresh', 'none']);
  });

  it('still fails an explicit bad value, and still asks what is left out', async () => {
    const card = await say(`ingest-review ${HALF_FILLED} alerting=false uses=none`);
    expect(texts(card)[0]).toBe('⛔ Do not ship: Web orders');
    expect(marks(card).filter((m) => m === '❌')).toHaveLength(2);
    expect(askedKey(card)).toBe('schedule');
  });
});
