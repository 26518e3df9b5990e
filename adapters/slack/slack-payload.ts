import { z } from 'zod';

/** Events come as an envelope around the event; its type picks the route. */
const eventEnvelope = z.object({
  type: z.literal('event_callback'),
  event_id: z.string().min(1).max(200),
  event: z.looseObject({ type: z.string().min(1).max(100) }),
});

/** Commands, clicks and form submissions: their handlers check the fields they read. */
const otherPayload = z.union([z.looseObject({ type: z.string().min(1).max(100) }), z.looseObject({ command: z.string().min(1).max(100) })]);

export type PayloadProblem = { kind: 'event' | 'other'; reason: string };

/**
 * What is wrong with a signed, parsed body before it is dispatched, or null. Only Slack can
 * sign, so a malformed body is a Slack change or a leaked secret: it is answered and logged,
 * never let through to fail half-way in a listener.
 */
export function payloadProblem(body: unknown): PayloadProblem | null {
  const isEvent = typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'event_callback';
  const parsed = (isEvent ? eventEnvelope : otherPayload).safeParse(body);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the body';
  return { kind: isEvent ? 'event' : 'other', reason: `${where}: ${issue?.message ?? 'not a Slack payload'}` };
}
