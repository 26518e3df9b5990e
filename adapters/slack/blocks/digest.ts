import type { Digest, DigestEntry } from '../../../src/digest/model.js';
import { ACTION } from '../ids.js';
import type { SlackMessage } from '../reply.js';
import { actions, button, context, divider, header, section, type Block } from './kit.js';
import { LIMITS } from './limits.js';
import { notLandingBlocks } from './not-landing.js';
import { clip, escapeMrkdwn } from './text.js';

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const notLandingCount = (digest: Digest): number => digest.notLanding?.count ?? 0;

function summary(digest: Digest): string {
  const snoozed = digest.snoozed > 0 ? ` (${digest.snoozed} snoozed)` : '';
  const counts = digest.groups.map((group) => `${group.title.toLowerCase()}: ${group.count}`).join(' · ');
  const unchecked = `*${digest.unchecked} of ${plural(digest.total, 'stream')} unchecked*${snoozed}${counts ? ` — ${counts}` : ''}`;
  return notLandingCount(digest) > 0 ? `*${notLandingCount(digest)} not landing* · ${unchecked}` : unchecked;
}

function entryBlocks(entry: DigestEntry): Block[] {
  const who = [entry.connector ? `\`${entry.connector}\`` : null, entry.owner ? `owner ${escapeMrkdwn(entry.owner)}` : 'no owner'].filter(Boolean).join(' · ');
  const name = clip(entry.stream, LIMITS.buttonValue);
  return [
    section(`*${escapeMrkdwn(entry.stream)}* · ${who}\n${escapeMrkdwn(entry.line)}`),
    actions([button('Review', ACTION.digestReview, name, 'primary'), button('Snooze 7 days', ACTION.digestSnooze, name)]),
  ];
}

/**
 * The daily digest: the summary first, then each reason's streams, worst first, each with
 * Review and Snooze buttons. Entries that would take it past Slack's 50 blocks are cut and
 * counted with the ones the digest limit already cut.
 */
export function digestMessage(digest: Digest, day: string): SlackMessage {
  const blocks: Block[] = [header(`Unchecked Data Streams — ${day}`), section(summary(digest))];
  const landing = digest.notLanding && digest.notLanding.count > 0 ? digest.notLanding : null;
  // Fixed blocks: the two above, a divider, heading and cut note per section (not landing
  // included), and the footer; each entry takes two (its line and its buttons).
  let room = Math.floor((LIMITS.messageBlocks - 2 - (digest.groups.length + (landing ? 1 : 0)) * 3 - 1) / 2);
  let cutHere = 0;
  if (landing) {
    const part = notLandingBlocks(landing, room);
    blocks.push(...part.blocks);
    room -= part.shown;
    cutHere += landing.entries.length - part.shown;
  }
  for (const group of digest.groups) {
    blocks.push(divider(), section(`*${escapeMrkdwn(group.title)}* (${group.count})`));
    const shown = group.entries.slice(0, Math.max(0, room));
    room -= shown.length;
    cutHere += group.entries.length - shown.length;
    for (const entry of shown) blocks.push(...entryBlocks(entry));
    const more = group.more + group.entries.length - shown.length;
    if (more > 0) blocks.push(context(`… and ${more} more ${group.title.toLowerCase()}`));
  }
  const rest = digest.more + (landing?.more ?? 0) + cutHere > 0 ? ' Run `ingest-advisor digest` for the full list.' : '';
  const ask = landing ? ' Ask the advisor what a stream that stopped landing may mean.' : '';
  blocks.push(context(`Review a stream to check it; snooze one to leave it out of the digest for 7 days (with a reason).${ask}${rest}`));
  const unchecked = `${digest.unchecked} of ${plural(digest.total, 'stream')} unchecked`;
  const text = `${landing ? `${landing.count} not landing, ` : ''}${unchecked} (${day})`;
  return { text, blocks: blocks.slice(0, LIMITS.messageBlocks) };
}
