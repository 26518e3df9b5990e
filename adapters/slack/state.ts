import { z } from 'zod';

/**
 * State that travels through Slack between two steps of a flow (button values, a modal's
 * private_metadata): compact JSON, checked against Slack's size limit when written and against
 * a schema when read, since whatever comes back in a payload is input like any other.
 */
export function encodeState(value: unknown, maxLength: number): string | null {
  const text = JSON.stringify(value);
  return text.length <= maxLength ? text : null;
}

export function decodeState<S extends z.ZodType>(text: unknown, schema: S): z.infer<S> | null {
  if (typeof text !== 'string' || text === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Where the answer to a step goes: the response URL of the message or command it came from. */
export const replyTargetSchema = z.object({
  /** response_url. */
  r: z.string().max(500).optional(),
  /** channel id. */
  c: z.string().max(40).optional(),
});
export type ReplyTarget = z.infer<typeof replyTargetSchema>;

/** A review being filled in: the description so far (checked again on every step). */
export const draftSchema = z.record(z.string(), z.unknown());

export const followUpValueSchema = z.object({ d: draftSchema, k: z.string().max(40), v: z.string().max(200).optional() });
export type FollowUpValue = z.infer<typeof followUpValueSchema>;

export const inputMetaSchema = replyTargetSchema.extend({ d: draftSchema, k: z.string().max(40) });
export const snoozeMetaSchema = replyTargetSchema.extend({ s: z.string().min(1).max(500), t: z.string().max(40).optional() });
