import { LANDING_TITLE, type DigestLanding, type NotLandingEntry } from '../../../src/digest/model.js';
import { ACTION } from '../ids.js';
import { actions, button, context, divider, section, type Block } from './kit.js';
import { escapeMrkdwn } from './text.js';

/** The button that asks the advisor about a stream not landing: the typed question is the knowledge section's reference. */
export function askButton(ref: string, privately = false): ReturnType<typeof button> {
  return button('Ask the advisor about it', privately ? ACTION.landingAskPrivate : ACTION.landingAsk, ref);
}

function entryBlocks(entry: NotLandingEntry): Block[] {
  const who = [entry.connector ? `\`${entry.connector}\`` : null, entry.owner ? `owner ${escapeMrkdwn(entry.owner)}` : 'no owner'].filter(Boolean).join(' · ');
  return [section(`*${escapeMrkdwn(entry.stream)}* · ${who}\n${escapeMrkdwn(entry.line)}`), actions([askButton(entry.ask)])];
}

/**
 * The digest's "not landing" section: at most `room` entries (two blocks each), then a count of
 * the rest. Returns how many entries it showed.
 */
export function notLandingBlocks(landing: DigestLanding, room: number): { blocks: Block[]; shown: number } {
  const shown = landing.entries.slice(0, Math.max(0, room));
  const blocks: Block[] = [divider(), section(`*${LANDING_TITLE}* (${landing.count})`), ...shown.flatMap(entryBlocks)];
  const more = landing.more + landing.entries.length - shown.length;
  if (more > 0) blocks.push(context(`… and ${more} more not landing`));
  return { blocks, shown: shown.length };
}
