import { Activity } from '@microsoft/agents-activity';
import { z } from 'zod';

const activityShape = z
  .object({
    type: z.string().min(1).max(100),
    conversation: z.object({ id: z.string().min(1).max(1_000) }),
    serviceUrl: z.string().max(2_000).regex(/^https?:\/\//i, { message: 'must be an http(s) URL' }).optional(),
    deliveryMode: z.string().optional(),
  })
  // Replies go to serviceUrl; only a caller that collects them in the response needs none.
  .refine((a) => a.serviceUrl !== undefined || a.deliveryMode === 'expectReplies', { path: ['serviceUrl'], message: 'is required (replies are posted to it)' });

export type ActivityCheck = { ok: true; body: Record<string, unknown> } | { ok: false; message: string };

/**
 * Checks a parsed body is an activity the SDK can handle, so a malformed one is a 400 here and
 * an error while handling a good one stays a 500. The SDK's own parse runs too: it throws on
 * fields of the wrong type anywhere in the activity.
 */
export function checkActivity(value: unknown): ActivityCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'the body must be an activity (a JSON object)' };
  const shape = activityShape.safeParse(value);
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    return { ok: false, message: `the activity is malformed: ${issue.path.join('.') || 'body'} ${issue.message}` };
  }
  try {
    Activity.fromObject(value);
  } catch {
    return { ok: false, message: 'the activity is malformed: a field has the wrong type' };
  }
  return { ok: true, body: value as Record<string, unknown> };
}
