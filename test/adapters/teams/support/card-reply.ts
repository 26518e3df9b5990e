import { expect } from 'vitest';
import { message } from './activities.js';
import type { Card } from './cards.js';
import { post, type TeamsFixture } from './teams-server.js';
import { cardProblems } from './valid-card.js';

/** Sends a message and returns the card the bot replied with, after checking it as Teams would. */
export async function cardReply(fx: TeamsFixture, text: string): Promise<Card> {
  const before = fx.connector.posts.length;
  expect((await post(fx.server.url, message(fx.connector.serviceUrl, text))).status).toBe(200);
  await fx.connector.waitForPosts(before + 1);
  const card = fx.connector.cards().at(-1)!;
  expect(cardProblems(card)).toEqual([]);
  return card;
}
