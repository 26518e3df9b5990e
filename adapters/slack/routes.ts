import type { App } from '@slack/bolt';
import { actionContext, type ActionContext } from './action-context.js';
import type { SlackDeps } from './deps.js';

type ViewAck = (response?: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>;
export type ViewHandler = (body: unknown, ack: ViewAck) => Promise<void>;

interface ActionRoute {
  matches: (actionId: string) => boolean;
  name: string;
  work: (ctx: ActionContext) => Promise<void>;
}

/**
 * The app's buttons and forms behind one Bolt listener each. Bolt runs every listener's
 * middleware on every request, so a dozen listeners cost every command and event a dozen
 * chains; one dispatcher per kind keeps that to two.
 */
export class SlackRoutes {
  private readonly actions: ActionRoute[] = [];
  private readonly views = new Map<string, ViewHandler>();

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
    app.action({ type: 'block_actions' }, async ({ ack, body, action }) => {
      await ack();
      const actionId = typeof action === 'object' && action !== null && 'action_id' in action ? String(action.action_id) : '';
      const route = this.actions.find((r) => r.matches(actionId));
      const ctx = route ? actionContext(body) : null;
      if (route && ctx) deps.tasks.run(route.name, () => route.work(ctx));
    });
    app.view({ type: 'view_submission' }, async ({ ack, body, view }) => {
      const handler = this.views.get(view.callback_id);
      // A form of another app version, or a stale one: closing it is all that can be done.
      if (!handler) return ack();
      return handler(body, ack as ViewAck);
    });
  }
}
