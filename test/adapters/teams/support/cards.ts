/** Reading cards back in tests: their text, buttons and inputs. */
/** Any card: one the bot sent back (JSON), or one a renderer returned. */
export type Card = object;

export interface Button {
  type: string;
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

export interface Input {
  type: string;
  id: string;
  label?: string;
  choices?: Array<{ title: string; value: string }>;
  isMultiSelect?: boolean;
  isRequired?: boolean;
  value?: unknown;
}

function collect(node: unknown, test: (record: Record<string, unknown>) => boolean, out: Array<Record<string, unknown>>): void {
  if (Array.isArray(node)) return node.forEach((item) => collect(item, test, out));
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (test(record)) out.push(record);
  for (const [key, value] of Object.entries(record)) if (key !== 'data') collect(value, test, out);
}

export function buttons(card: Card): Button[] {
  const out: Array<Record<string, unknown>> = [];
  collect(card, (r) => r.type === 'Action.Execute', out);
  return out as unknown as Button[];
}

export function button(card: Card, title: string | RegExp): Button {
  const found = buttons(card).find((b) => (typeof title === 'string' ? b.title === title : title.test(b.title)));
  if (!found) throw new Error(`no button ${String(title)} among ${buttons(card).map((b) => b.title).join(', ')}`);
  return found;
}

export function inputs(card: Card): Input[] {
  const out: Array<Record<string, unknown>> = [];
  collect(card, (r) => typeof r.type === 'string' && r.type.startsWith('Input.'), out);
  return out as unknown as Input[];
}

/** Every TextBlock's text, in order. */
export function texts(card: Card): string[] {
  const out: Array<Record<string, unknown>> = [];
  collect(card, (r) => r.type === 'TextBlock', out);
  return out.map((r) => String(r.text));
}

/** The card of an Action.Execute invoke response, or null when it answered with a message. */
export function invokeCard(body: Record<string, unknown> | null): Card | null {
  return body?.type === 'application/vnd.microsoft.card.adaptive' ? (body.value as Card) : null;
}
