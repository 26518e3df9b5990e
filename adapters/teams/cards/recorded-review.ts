import type { KnownStream } from '../../../src/registry/stream-lookup.js';
import { COMMAND, VERB } from '../ids.js';
import { checklistBody } from './checklist.js';
import { button, card, subtle, text } from './elements.js';
import type { AdaptiveCard } from './kit.js';
import type { RefRenderer } from './refs.js';
import { clip, literal } from './text.js';
import { utcMinute } from '../../../src/text/utc-minute.js';

/** `ingest-review STREAM`: the latest recorded review of a known stream, or that it has none. */
export function recordedReviewCard(stream: KnownStream, refs: RefRenderer): AdaptiveCard {
  const again = button(stream.latest ? 'Review again' : 'Review it', VERB.openForm, { s: stream.name }, { style: 'positive' });
  const latest = stream.latest;
  if (!latest) return card([text(`**${literal(stream.name)}** is in the registry but has never been reviewed.`)], `${stream.name}: never reviewed`, [again]);
  const when = utcMinute(latest.at);
  const note = latest.outdated ? ' **The description has changed since, so this review no longer covers it.**' : '';
  const body = [...checklistBody({ stream: stream.name, verdict: latest.verdict, rules: latest.rules }, refs), subtle(`Latest recorded review: by ${literal(latest.by)} via ${latest.via}, ${when}.${note}`)];
  return card(body, `${stream.name}: ${latest.verdict} (recorded ${when})`, [again]);
}

/** A name that matches no stream. */
export function unknownStreamCard(name: string): AdaptiveCard {
  const shown = clip(name, 200);
  const body = [text(`No stream named **${literal(shown)}** is in the registry. To review a new one, give its inputs as key=value words or open the form; **${COMMAND.review} help** lists them.`)];
  return card(body, `No stream named ${shown}`, [button('Open the form', VERB.openForm, {}, { style: 'positive' })]);
}
