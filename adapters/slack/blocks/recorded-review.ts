import type { KnownStream } from '../../../src/registry/stream-lookup.js';
import { ACTION } from '../ids.js';
import type { SlackMessage } from '../reply.js';
import { checklistBlocks } from './checklist.js';
import { actions, button, fitMessage, section } from './kit.js';
import { LIMITS } from './limits.js';
import type { RefRenderer } from './refs.js';
import { clip, escapeMrkdwn } from './text.js';
import { utcMinute } from '../../../src/text/utc-minute.js';

/** `/ingest-review STREAM`: the latest recorded review of a known stream, or that it has none. */
export function recordedReviewMessage(stream: KnownStream, refs: RefRenderer): SlackMessage {
  const again = actions([button(stream.latest ? 'Review again' : 'Review it', ACTION.openReview, clip(stream.name, LIMITS.buttonValue), 'primary')]);
  const latest = stream.latest;
  if (!latest) {
    const text = `*${escapeMrkdwn(stream.name)}* is in the registry but has never been reviewed.`;
    return { text: `${stream.name}: never reviewed`, blocks: [section(text), again] };
  }
  const when = utcMinute(latest.at);
  const note = latest.outdated ? ' *The description has changed since, so this review no longer covers it.*' : '';
  const blocks = [
    ...checklistBlocks({ stream: stream.name, verdict: latest.verdict, rules: latest.rules }, refs),
    section(`📝 *Latest recorded review:* by ${who(latest.by)} via ${latest.via}, ${when}.${note}`),
    again,
  ];
  return { text: `${stream.name}: ${latest.verdict} (recorded ${when})`, blocks: fitMessage(blocks) };
}

/** A name that matches no stream. */
export function unknownStreamMessage(name: string): SlackMessage {
  const text = `No stream named *${escapeMrkdwn(clip(name, 200))}* is in the registry. To review a new one, give its inputs as \`key=value\` words or open the form; \`/ingest-review help\` lists them.`;
  return { text: `No stream named ${clip(name, 200)}`, blocks: [section(text), actions([button('Open the form', ACTION.openReview, '', 'primary')])] };
}

/** A Slack user id becomes a mention; a name recorded from the CLI or Teams stays a name. */
export function who(by: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(by) ? `<@${by}>` : escapeMrkdwn(by);
}
