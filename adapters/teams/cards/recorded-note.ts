import { FAILED_VERDICTS } from '../../../src/registry/check-state.js';
import type { Verdict } from '../../../src/review/types.js';
import { container, text } from './elements.js';
import type { Container } from './kit.js';
import { literal } from './text.js';
import { utcMinute } from '../../../src/text/utc-minute.js';

/**
 * Under a checklist once recorded: who, when, and what it does to the stream's check state, in
 * an emphasis container with the default text colour (green text was hard to read on white).
 */
export function recordedNote(stream: string, verdict: Verdict, by: string, at: Date): Container {
  const when = utcMinute(at);
  const effect = FAILED_VERDICTS.includes(verdict)
    ? `It stays unchecked in the digest until a review of it ships (this one is ${verdict}): edit the description in the form and review it again.`
    : `**${literal(stream)}** is now checked as of this description.`;
  return container([text(`📝 **Recorded** by **${literal(by)}** on ${when}. ${effect}`)], { style: 'emphasis', separator: true, spacing: 'Medium' });
}
