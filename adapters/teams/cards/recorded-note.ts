import { FAILED_VERDICTS } from '../../../src/registry/check-state.js';
import type { Verdict } from '../../../src/review/types.js';
import { text } from './elements.js';
import type { TextBlock } from './kit.js';
import { literal } from './text.js';

/** Under a checklist once recorded: who, when, and what it does to the stream's check state. */
export function recordedNote(stream: string, verdict: Verdict, by: string, at: Date): TextBlock {
  const when = at.toISOString().slice(0, 16).replace('T', ' ');
  const effect = FAILED_VERDICTS.includes(verdict)
    ? `It stays unchecked in the digest until a review of it ships (this one is ${verdict}).`
    : `**${literal(stream)}** is now checked as of this description.`;
  return text(`📝 Recorded by **${literal(by)}** on ${when} UTC. ${effect}`, { color: 'Good', separator: true, spacing: 'Medium' });
}
