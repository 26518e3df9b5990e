import type { Digest, DigestEntry } from '../../../src/digest/model.js';
import { VERB } from '../ids.js';
import { actionSet, button, card, container, heading, subtle, text } from './elements.js';
import type { AdaptiveCard, CardElement } from './kit.js';
import { LIMITS } from './limits.js';
import { notLandingSection } from './not-landing.js';
import { literal } from './text.js';

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const notLandingCount = (digest: Digest): number => digest.notLanding?.count ?? 0;

function summary(digest: Digest): string {
  const snoozed = digest.snoozed > 0 ? ` (${digest.snoozed} snoozed)` : '';
  const counts = digest.groups.map((group) => `${group.title.toLowerCase()}: ${group.count}`).join(' · ');
  const unchecked = `**${digest.unchecked} of ${plural(digest.total, 'stream')} unchecked**${snoozed}${counts ? ` — ${counts}` : ''}`;
  return notLandingCount(digest) > 0 ? `**${notLandingCount(digest)} not landing** · ${unchecked}` : unchecked;
}

function entry(item: DigestEntry): CardElement {
  const who = [item.connector ?? null, item.owner ? `owner ${literal(item.owner)}` : 'no owner'].filter(Boolean).join(' · ');
  return container(
    [text(`**${literal(item.stream)}** · ${who}`), text(literal(item.line), { spacing: 'None', size: 'Small' }), actionSet([button('Review', VERB.digestReview, { s: item.stream })])],
    { spacing: 'Medium' },
  );
}

function render(digest: Digest, day: string, shown: number): AdaptiveCard {
  const body: CardElement[] = [heading(`Unchecked Data Streams — ${day}`, 'Large'), text(summary(digest), { spacing: 'Small' })];
  let room = shown;
  let cut = digest.more;
  const landing = digest.notLanding && digest.notLanding.count > 0 ? digest.notLanding : null;
  if (landing) {
    const entries = Math.min(room, landing.entries.length);
    body.push(notLandingSection(landing, entries));
    room -= entries;
    cut += landing.more + landing.entries.length - entries;
  }
  for (const group of digest.groups) {
    const entries = group.entries.slice(0, Math.max(0, room));
    room -= entries.length;
    cut += group.entries.length - entries.length;
    const more = group.more + group.entries.length - entries.length;
    body.push(container([heading(`${group.title} (${group.count})`, 'Default'), ...entries.map(entry), ...(more > 0 ? [subtle(`… and ${more} more ${group.title.toLowerCase()}`)] : [])], { separator: true, spacing: 'Medium' }));
  }
  const rest = cut > 0 ? ' Run `ingest-advisor digest` for the full list.' : '';
  const ask = landing ? ' Ask the advisor what a stream that stopped landing may mean.' : '';
  body.push(subtle(`Review a stream to check it.${ask}${rest}`));
  return card(body, `${landing ? `${landing.count} not landing, ` : ''}${digest.unchecked} of ${plural(digest.total, 'stream')} unchecked (${day})`);
}

/**
 * The daily digest: the summary first, then each reason's streams, worst first, each with a
 * Review button. Entries that would take the card past Teams' size limit are cut and counted.
 */
export function digestCard(digest: Digest, day: string): AdaptiveCard {
  let shown = digest.groups.reduce((sum, group) => sum + group.entries.length, digest.notLanding?.entries.length ?? 0);
  let rendered = render(digest, day, shown);
  while (shown > 0 && Buffer.byteLength(JSON.stringify(rendered)) > LIMITS.cardBytes) {
    shown -= 1;
    rendered = render(digest, day, shown);
  }
  return rendered;
}
