import type { Locator, Page } from 'playwright-core';
import { cardProblems } from '../adapters/teams/support/valid-card.js';

const CARD = '.ac-adaptiveCard';
/** What the Playground says about a card it cannot show, in the chat and in its log panel. */
const REJECTIONS = ['Adaptive Card parse error', 'Adaptive Card render error', '(×) Error:'];
/** The one warning every card of ours gets: the Playground cannot show `msteams.width: Full`, which Teams does. */
const KNOWN_WARNING = 'Full width control is not supported';
/** The advisor's avatar left of its cards, with the gap to them, and its name above them. */
const AVATAR = 52;
const HEADER = 24;

/** The cards in a frame of the Playground's conversation stream (a message created or updated). */
function cardsIn(node: unknown, out: Array<Record<string, unknown>>): void {
  if (Array.isArray(node)) return node.forEach((item) => cardsIn(item, out));
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (record.type === 'AdaptiveCard') return void out.push(record);
  for (const value of Object.values(record)) cardsIn(value, out);
}

/**
 * The Agents Playground's chat, driven as a person would: type, press Enter, click what a card
 * shows. Every wait is for something the Playground draws, never for a fixed time. The cards it
 * receives are kept: it draws what it can of a card Teams would refuse, so each is also checked
 * as Teams checks it (Adaptive Cards 1.5, within Teams' size).
 */
export class ChatPage {
  private readonly cards: Array<Record<string, unknown>> = [];

  constructor(readonly page: Page) {
    page.on('websocket', (socket) => {
      if (!socket.url().includes('/_ws_conversation/')) return;
      socket.on('framereceived', ({ payload }) => {
        try {
          cardsIn((JSON.parse(String(payload)) as { message?: unknown }).message, this.cards);
        } catch {
          // Not JSON: nothing the advisor sent.
        }
      });
    });
  }

  /** Opens the Playground and waits for the advisor's welcome card. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator(CARD).first().waitFor({ timeout: 30_000 });
  }

  /** The newest card in the conversation. */
  lastCard(): Locator {
    return this.page.locator(CARD).last();
  }

  /** Does something that makes the advisor post a new card, and returns that card. */
  async expectNewCard(action: () => Promise<unknown>): Promise<Locator> {
    const before = await this.page.locator(CARD).count();
    await action();
    await this.page.waitForFunction(`document.querySelectorAll('${CARD}').length > ${before}`, undefined, { timeout: 15_000 });
    const card = this.lastCard();
    await card.scrollIntoViewIfNeeded();
    return card;
  }

  /** Types a message and sends it; returns the card the advisor answered with. */
  send(text: string): Promise<Locator> {
    return this.expectNewCard(async () => {
      await this.page.locator('[role="textbox"][contenteditable="true"]').click();
      await this.page.keyboard.type(text);
      await this.page.keyboard.press('Enter');
    });
  }

  /** The bubble of the last message the person sent with this text (not its line in the log panel). */
  async sent(text: string): Promise<Locator> {
    const panel = await this.page.getByText('Log Panel', { exact: true }).boundingBox();
    const matches = await this.page.getByText(text, { exact: true }).all();
    for (const match of matches.reverse()) {
      const box = await match.boundingBox();
      if (box && (!panel || box.x + box.width < panel.x)) return match;
    }
    throw new Error(`no message "${text}" in the chat`);
  }

  /** Every rejection and unexpected warning the Playground has shown so far, and every card it received that Teams would refuse. */
  async problems(): Promise<string[]> {
    const lines = (await this.page.locator('body').innerText()).split('\n');
    const rejected = lines.filter((line) => REJECTIONS.some((r) => line.includes(r)));
    const warned = lines.filter((line) => line.includes('(!) Warning:') && !line.includes(KNOWN_WARNING));
    const refused = this.cards.flatMap((card) => cardProblems(card).map((problem) => `the card "${String(card.fallbackText)}": ${problem}`));
    return [...new Set([...rejected, ...warned, ...refused])];
  }

  /** Labels the card's buttons cut short: text running past a box that hides what overflows it. */
  clippedLabels(card: Locator): Promise<string[]> {
    return card.evaluate((root) =>
      [...root.querySelectorAll('button')]
        .map((button) => button.querySelector('.ac-pushButton-content > div') ?? button)
        .filter((label) => {
          const textRight = label.getBoundingClientRect().left + label.scrollWidth;
          const view = label.ownerDocument.defaultView;
          for (let box = label; box && box !== root.parentElement; box = box.parentElement) {
            if (view.getComputedStyle(box).overflowX !== 'visible' && box.getBoundingClientRect().right < textRight - 1) return true;
          }
          return false;
        })
        .map((label) => label.textContent ?? ''),
    );
  }

  /** Scrolls the chat so the element's top is on screen, with room above it for the advisor's name. */
  async revealTop(element: Locator): Promise<void> {
    await element.evaluate((el, room) => {
      el.scrollIntoView({ block: 'start' });
      let box = el.parentElement;
      while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
      if (box) box.scrollTop -= room;
    }, 48);
  }

  /**
   * A picture of the given parts of the chat (a question and the card answering it), with the
   * advisor's avatar on their left; `until` ends it above that element (a long form's later part).
   */
  async shoot(path: string, parts: Locator[], until?: Locator): Promise<void> {
    const boxes = [];
    for (const part of parts) {
      const box = await part.boundingBox();
      if (!box) throw new Error(`cannot take ${path}: part of it is not on screen`);
      boxes.push(box);
    }
    const margin = 12;
    const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin - AVATAR);
    const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin - HEADER);
    const right = Math.max(...boxes.map((b) => b.x + b.width)) + margin;
    const end = until ? await until.boundingBox() : null;
    const bottom = end ? end.y - margin : Math.max(...boxes.map((b) => b.y + b.height)) + margin / 2;
    await this.page.screenshot({ path, clip: { x, y, width: right - x, height: bottom - y } });
  }
}
