import type { StreamStatus } from '../../../src/status/stream-status.js';
import { statusLines } from '../../../src/status/status-lines.js';
import { ACTION, COMMAND } from '../ids.js';
import type { SlackMessage } from '../reply.js';
import { actions, button, context, section } from './kit.js';
import { LIMITS } from './limits.js';
import { askButton } from './not-landing.js';
import { who } from './recorded-review.js';
import { clip, escapeMrkdwn } from './text.js';

const MARK = { checked: '✅', unchecked: '⚠️', landing: '✅', notLanding: '❌', unknown: '➖' } as const;

/**
 * `status STREAM`: the review state and the latest run health in one message, with Review and,
 * for a stream not landing, the button that asks the advisor about it (privately when the
 * message is only the asker's).
 */
export function streamStatusMessage(status: StreamStatus, privately: boolean): SlackMessage {
  const lines = statusLines(status, { text: escapeMrkdwn, who });
  const about = [status.connector ? `\`${status.connector}\`` : null, status.owner ? `owner ${escapeMrkdwn(status.owner)}` : 'no owner'].filter(Boolean).join(' · ');
  const health = status.notLanding ? MARK.notLanding : status.latestRun ? MARK.landing : MARK.unknown;
  const name = clip(status.name, LIMITS.buttonValue);
  const buttons = [button(status.latestReview ? 'Review again' : 'Review it', ACTION.openReview, name, 'primary'), ...(status.notLanding ? [askButton(status.notLanding.ask, privately)] : [])];
  const blocks = [
    section(`*${escapeMrkdwn(status.name)}* · ${about}`),
    section(`${status.state === 'checked' ? MARK.checked : MARK.unchecked} *Review:* ${lines.review}\n${health} *Run health:* ${lines.health}`),
    ...(lines.notes.length > 0 ? [context(lines.notes.join(' '))] : []),
    actions(buttons),
  ];
  const summary = `${status.name}: ${status.state}, ${status.notLanding ? `not landing (${status.notLanding.reason})` : status.latestRun ? 'landing' : 'no run data'}`;
  return { text: summary, blocks };
}

/** `status` with no stream named. */
export function statusUsageMessage(): SlackMessage {
  const text = `Name the stream: \`${COMMAND} status Web orders\`, or mention me with \`status Web orders\`.`;
  return { text, blocks: [section(text)] };
}
