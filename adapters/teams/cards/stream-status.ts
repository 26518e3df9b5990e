import type { StreamStatus } from '../../../src/status/stream-status.js';
import { statusLines } from '../../../src/status/status-lines.js';
import { COMMAND, VERB } from '../ids.js';
import { button, card, heading, subtle, text } from './elements.js';
import type { AdaptiveCard } from './kit.js';
import { askButton } from './not-landing.js';
import { literal } from './text.js';

/** `status STREAM`: the review state and the latest run health in one card, with Review and, when it is not landing, Ask. */
export function streamStatusCard(status: StreamStatus): AdaptiveCard {
  const lines = statusLines(status, { text: literal, who: literal });
  const about = [status.connector, status.owner ? `owner ${literal(status.owner)}` : 'no owner'].filter(Boolean).join(' · ');
  const body = [
    heading(literal(status.name)),
    subtle(about),
    text(`**Review:** ${lines.review}`, { color: status.state === 'checked' ? 'Good' : 'Warning' }),
    text(`**Run health:** ${lines.health}`, { color: status.notLanding ? 'Attention' : status.latestRun ? 'Good' : 'Default' }),
    ...lines.notes.map(subtle),
  ];
  const actions = [button(status.latestReview ? 'Review again' : 'Review it', VERB.openForm, { s: status.name }, { style: 'positive' }), ...(status.notLanding ? [askButton(status.notLanding.ask)] : [])];
  const summary = `${status.name}: ${status.state}, ${status.notLanding ? `not landing (${status.notLanding.reason})` : status.latestRun ? 'landing' : 'no run data'}`;
  return card(body, summary, actions);
}

/** `status` with no stream named. */
export function statusUsageCard(): AdaptiveCard {
  return card([text(`Name the stream: **${COMMAND.status} Web orders**.`)], `Name the stream: ${COMMAND.status} Web orders`);
}
