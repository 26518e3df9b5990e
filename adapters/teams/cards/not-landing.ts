import { LANDING_TITLE, type DigestLanding, type NotLandingEntry } from '../../../src/digest/model.js';
import { VERB } from '../ids.js';
import { actionSet, button, container, heading, subtle, text } from './elements.js';
import type { CardElement, ExecuteAction } from './kit.js';
import { literal } from './text.js';

/** The button that asks the advisor about a stream not landing: the typed question is the knowledge section's reference. */
export function askButton(ref: string): ExecuteAction {
  return button('Ask the advisor about it', VERB.landingAsk, { ref });
}

function entry(item: NotLandingEntry): CardElement {
  const who = [item.connector ?? null, item.owner ? `owner ${literal(item.owner)}` : 'no owner'].filter(Boolean).join(' · ');
  return container([text(`**${literal(item.stream)}** · ${who}`), text(literal(item.line), { spacing: 'None', size: 'Small' }), actionSet([askButton(item.ask)])], { spacing: 'Medium' });
}

/** The digest's "not landing" section with at most `shown` entries, then a count of the rest. */
export function notLandingSection(landing: DigestLanding, shown: number): CardElement {
  const entries = landing.entries.slice(0, Math.max(0, shown));
  const more = landing.more + landing.entries.length - entries.length;
  return container([heading(`${LANDING_TITLE} (${landing.count})`, 'Default'), ...entries.map(entry), ...(more > 0 ? [subtle(`… and ${more} more not landing`)] : [])], {
    separator: true,
    spacing: 'Medium',
    style: 'attention',
  });
}
