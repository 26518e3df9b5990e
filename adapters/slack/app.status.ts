import { statusRequest } from '../../src/status/status-request.js';
import { streamStatus } from '../../src/status/stream-status.js';
import { unknownStreamMessage } from './blocks/recorded-review.js';
import { statusUsageMessage, streamStatusMessage } from './blocks/stream-status.js';
import type { SlackDeps } from './deps.js';
import type { SlackMessage } from './reply.js';

/** `status STREAM`'s answer: the stream's status, how to name one, or that none has that name. */
export async function statusMessage(deps: SlackDeps, name: string, privately: boolean): Promise<SlackMessage> {
  if (name === '') return statusUsageMessage();
  const status = await streamStatus(deps.db, name, deps.now(), deps.maxAgeDays);
  return status ? streamStatusMessage(status, privately) : unknownStreamMessage(name);
}

/** A mention or direct message: `status STREAM` is answered with the status (in its thread), anything else is a question. */
export function statusOrQuestion(deps: SlackDeps, text: string, question: () => Promise<SlackMessage>): Promise<SlackMessage> {
  const name = statusRequest(text);
  return name === null ? question() : statusMessage(deps, name, false);
}
