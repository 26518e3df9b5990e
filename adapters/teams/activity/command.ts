import { statusRequest } from '../../../src/status/status-request.js';
import { COMMAND } from '../ids.js';

/** What a message asks for. */
export type Command =
  | { kind: 'intro' }
  | { kind: 'review'; args: string }
  | { kind: 'digest'; action: 'on' | 'off' | 'status' }
  | { kind: 'status'; stream: string }
  | { kind: 'question'; text: string };

const REVIEW = new RegExp(`^/?${COMMAND.review}(?:\\s+(.*))?$`, 'is');
const DIGEST = new RegExp(`^/?${COMMAND.digest}(?:\\s+(on|off|status))?[.!]?$`, 'i');

/** Commands are the message's first word (`ingest-review`, `digest on`, `status STREAM`); anything else is a question. */
export function parseCommand(text: string): Command {
  const trimmed = text.trim();
  if (trimmed === '' || /^(help|hi|hello|\?)$/i.test(trimmed)) return { kind: 'intro' };
  const review = REVIEW.exec(trimmed);
  if (review) return { kind: 'review', args: (review[1] ?? '').trim() };
  const digest = DIGEST.exec(trimmed);
  if (digest) return { kind: 'digest', action: (digest[1]?.toLowerCase() as 'on' | 'off' | undefined) ?? 'status' };
  const stream = statusRequest(trimmed);
  if (stream !== null) return { kind: 'status', stream };
  return { kind: 'question', text: trimmed };
}
