import { LIMITS } from './limits.js';
import { SCHEMA_URL, type ActionSet, type AdaptiveCard, type CardAction, type CardElement, type Container, type ExecuteAction, type TextBlock } from './kit.js';
import { clip } from './text.js';

/** A 1.5 card at full width, with the text a notification or an older client shows. */
export function card(body: CardElement[], fallbackText: string, actions?: CardAction[]): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: SCHEMA_URL, version: '1.5', body, ...(actions && actions.length > 0 ? { actions } : {}), fallbackText: clip(fallbackText, 300), msteams: { width: 'Full' } };
}

export function text(value: string, options: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text: clip(value.trim() === '' ? ' ' : value, LIMITS.text), wrap: true, ...options };
}

export function heading(value: string, size: TextBlock['size'] = 'Medium'): TextBlock {
  return text(value, { weight: 'Bolder', size, style: 'heading' });
}

export function subtle(value: string): TextBlock {
  return text(value, { isSubtle: true, size: 'Small', spacing: 'None' });
}

export function container(items: CardElement[], options: Omit<Container, 'type' | 'items'> = {}): Container {
  return { type: 'Container', items, ...options };
}

export function actionSet(actions: CardAction[]): ActionSet {
  return { type: 'ActionSet', actions };
}

export interface ButtonOptions extends Pick<ExecuteAction, 'style' | 'associatedInputs'> {
  /** The longest title kept whole (LIMITS.buttonTitle, unless the title is not shown on one line). */
  maxTitle?: number;
}

/** A button: an Action.Execute whose data also names the verb (Action.Submit clients send only data). */
export function button(title: string, verb: string, data: Record<string, unknown> = {}, options: ButtonOptions = {}): ExecuteAction {
  const { maxTitle = LIMITS.buttonTitle, ...rest } = options;
  return { type: 'Action.Execute', title: clip(title, maxTitle), verb, data: { ...data, verb }, associatedInputs: 'none', ...rest };
}
