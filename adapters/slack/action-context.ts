import { z } from 'zod';

/** The parts of a block_actions payload the listeners read, checked: payloads are input. */
const actionBodySchema = z.object({
  user: z.object({ id: z.string().min(1).max(40) }),
  trigger_id: z.string().max(200).optional(),
  response_url: z.string().max(500).optional(),
  channel: z.object({ id: z.string().max(40) }).optional(),
  container: z.object({ message_ts: z.string().max(40).optional(), thread_ts: z.string().max(40).optional(), channel_id: z.string().max(40).optional() }).optional(),
  message: z.object({ ts: z.string().max(40).optional(), thread_ts: z.string().max(40).optional() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().max(2000).optional() })).min(1),
});

export interface ActionContext {
  user: string;
  triggerId: string | undefined;
  responseUrl: string | undefined;
  channel: string | undefined;
  /** The message the button sits on, and the thread it belongs to. */
  messageTs: string | undefined;
  threadTs: string | undefined;
  value: string | undefined;
}

export function actionContext(body: unknown): ActionContext | null {
  const parsed = actionBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { user, trigger_id, response_url, channel, container, message, actions } = parsed.data;
  const messageTs = message?.ts ?? container?.message_ts;
  return {
    user: user.id,
    triggerId: trigger_id,
    responseUrl: response_url,
    channel: channel?.id ?? container?.channel_id,
    messageTs,
    threadTs: message?.thread_ts ?? container?.thread_ts ?? messageTs,
    value: actions[0]!.value,
  };
}

