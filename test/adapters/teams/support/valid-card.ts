import { createRequire } from 'node:module';
import type * as AC from 'adaptivecards';

// The package's `lib` build is extensionless ESM that Node cannot load; its UMD bundle loads in
// Node as CommonJS and parses and validates cards without a DOM (rendering is what needs one).
const cards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AC;

/** Teams' limit for a message, card included. */
const MAX_CARD_BYTES = 28 * 1024;

const ELEMENTS_1_5 = new Set(['TextBlock', 'Container', 'ActionSet', 'ColumnSet', 'Column', 'FactSet', 'Image', 'ImageSet', 'RichTextBlock', 'Table', 'Input.Text', 'Input.Number', 'Input.ChoiceSet', 'Input.Toggle', 'Input.Date', 'Input.Time']);
const ACTIONS_1_5 = new Set(['Action.Execute', 'Action.Submit', 'Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility']);

/** Every problem the Adaptive Cards SDK finds parsing the card as 1.5, plus our own structural checks. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = card as Record<string, unknown>;
  if (json.type !== 'AdaptiveCard') problems.push(`type is ${String(json.type)}`);
  if (json.version !== '1.5') problems.push(`version is ${String(json.version)}, not 1.5`);
  if (!Array.isArray(json.body)) problems.push('body is not a list of elements');
  const size = Buffer.byteLength(JSON.stringify(card));
  if (size > MAX_CARD_BYTES) problems.push(`card is ${size} bytes; Teams accepts about ${MAX_CARD_BYTES}`);
  const parsed = new cards.AdaptiveCard();
  const context = new cards.SerializationContext(new cards.Version(1, 5));
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i += 1) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  walk(json, problems);
  return problems;
}

function walk(node: unknown, problems: string[]): void {
  if (Array.isArray(node)) return node.forEach((item) => walk(item, problems));
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const type = typeof record.type === 'string' ? record.type : undefined;
  if (type && type !== 'AdaptiveCard' && !ELEMENTS_1_5.has(type) && !ACTIONS_1_5.has(type)) problems.push(`unknown type ${type}`);
  if (type === 'Action.Execute' && (typeof record.verb !== 'string' || (record.data as Record<string, unknown> | undefined)?.verb !== record.verb)) problems.push(`Action.Execute "${String(record.title)}" has no verb in data`);
  if (type === 'TextBlock' && (typeof record.text !== 'string' || record.text.trim() === '')) problems.push('a TextBlock without text');
  for (const [key, value] of Object.entries(record)) if (key !== 'data') walk(value, problems);
}
