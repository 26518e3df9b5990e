import type { AllMiddlewareArgs, AnyMiddlewareArgs, App } from '@slack/bolt';
import { actionContext, type ActionContext } from './action-context.js';
import type { SlackDeps } from './deps.js';

type ViewAck = (response?: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>;
export type ViewHandler = (body: unknown, ack: ViewAck) => Promise<void>;
/** Acknowledges a slash command, with the reply itself or empty (the reply follows later). */
export type CommandAck = (response?: object) => Promise<void>;
export type CommandHandler = (body: unknown, ack: CommandAck) => Promise<void>;
/** An Events API event (already acknowledged: Slack expects nothing back but a 200). */
export type EventHandler = (event: Record<string, unknown>, body: Record<string, unknown>) => Promise<void>;

interface ActionRoute {
  matches: (actionId: string) => boolean;
  name: string;
  work: (ctx: ActionContext) => Promise<void>;
}

type MiddlewareArgs = AnyMiddlewareArgs & AllMiddlewareArgs;
type Ack = (response?: object) => Promise<void>;

/**
 * Every event, command, button and form of the app, dispatched from one table by one Bolt
 * middleware. Bolt runs the middleware chain of every listener on every request, so five
 * listeners made each command pay for five chains; one lookup by payload kind costs one.
 * A payload no route claims goes on to Bolt's listeners (there are none), and the receiver
 * answers it.
 */
export class SlackRoutes {
  private readonly events = new Map<string, EventHandler>();
  private readonly commands = new Map<string, CommandHandler>();
  private readonly actions: ActionRoute[] = [];
  private readonly views = new Map<string, ViewHandler>();

  /** An event type (`app_mention`, `message`). */
  event(type: string, handler: EventHandler): void {
    this.events.set(type, handler);
  }

  /** A slash command: the handler acknowledges it within Slack's 3 seconds. */
  command(name: string, handler: CommandHandler): void {
    this.commands.set(name, handler);
  }

  /** A button: acknowledged at once, the work done after (tracked, so shutdown waits for it). */
  action(pattern: string | RegExp, name: string, work: (ctx: ActionContext) => Promise<void>): void {
    const matches = typeof pattern === 'string' ? (id: string) => id === pattern : (id: string) => pattern.test(id);
    this.actions.push({ matches, name, work });
  }

  /** A form submission: the handler acknowledges it, with field errors or without. */
  view(callbackId: string, handler: ViewHandler): void {
    this.views.set(callbackId, handler);
  }

  attach(app: App, deps: Pick<SlackDeps, 'tasks'>): void {
    app.use(async (args: MiddlewareArgs) => {
      const handled = await this.dispatch(args, deps);
      if (!handled) await args.next();
    });
  }

  /** True when a route took the payload (and acknowledged it, where Slack expects that). */
  private async dispatch(args: MiddlewareArgs, deps: Pick<SlackDeps, 'tasks'>): Promise<boolean> {
    const body = args.body as unknown as Record<string, unknown>;
    const ack = 'ack' in args && typeof args.ack === 'function' ? (args.ack as Ack) : undefined;
    if (body.type === 'event_callback') return this.dispatchEvent(body);
    if (typeof body.command === 'string') {
      const handler = this.commands.get(body.command);
      if (!handler || !ack) return false;
      await handler(body, ack);
      return true;
    }
    if (!ack) return false;
    if (body.type === 'block_actions') return this.dispatchAction(body, ack, deps);
    if (body.type === 'view_submission') return this.dispatchView(body, ack);
    return false;
  }

  private async dispatchEvent(body: Record<string, unknown>): Promise<boolean> {
    const event = body.event as Record<string, unknown> | undefined;
    const handler = event && typeof event.type === 'string' ? this.events.get(event.type) : undefined;
    if (!event || !handler) return false;
    await handler(event, body);
    return true;
  }

  private async dispatchAction(body: Record<string, unknown>, ack: Ack, deps: Pick<SlackDeps, 'tasks'>): Promise<boolean> {
    await ack();
    const first = Array.isArray(body.actions) ? (body.actions[0] as unknown) : undefined;
    const actionId = typeof first === 'object' && first !== null && 'action_id' in first ? String(first.action_id) : '';
    const route = this.actions.find((r) => r.matches(actionId));
    const ctx = route ? actionContext(body) : null;
    if (route && ctx) deps.tasks.run(route.name, () => route.work(ctx));
    return true;
  }

  private async dispatchView(body: Record<string, unknown>, ack: Ack): Promise<boolean> {
    const view = body.view as { callback_id?: unknown } | undefined;
    const handler = typeof view?.callback_id === 'string' ? this.views.get(view.callback_id) : undefined;
    // A form of another app version, or a stale one: closing it is all that can be done.
    if (!handler) await ack();
    else await handler(body, ack as ViewAck);
    return true;
  }
}
