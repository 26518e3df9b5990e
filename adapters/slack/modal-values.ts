import { z } from 'zod';
import type { InputIssue } from '../../src/errors.js';
import { INPUT_KEYS } from '../../src/review/input-catalogue.js';
import { OTHER_USES_BLOCK } from './blocks/inputs.js';
import { LIMITS } from './blocks/limits.js';
import { clip } from './blocks/text.js';

const fieldSchema = z.object({
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_options: z.array(z.object({ value: z.string() })).nullish(),
});
const stateSchema = z.record(z.string(), z.record(z.string(), fieldSchema));

type Field = z.infer<typeof fieldSchema>;

/** The block ids of the review form's fields: every input key, and the free-text other uses. */
const FORM_KEYS: ReadonlySet<string> = new Set<string>([...INPUT_KEYS, OTHER_USES_BLOCK]);

function fieldValue(field: Field): string | string[] | undefined {
  if (field.selected_options) return field.selected_options.length > 0 ? field.selected_options.map((o) => o.value) : undefined;
  if (field.selected_option) return field.selected_option.value;
  const text = field.value?.trim();
  return text ? text : undefined;
}

/**
 * A submitted form as a raw description (strings and lists, as typed), ready for the schema:
 * empty fields are left out, and the free-text "other uses" join `uses` as `other:TEXT`.
 * Null when the state is not a form's state at all.
 */
export function readFormValues(state: unknown): Record<string, unknown> | null {
  const parsed = stateSchema.safeParse(state);
  if (!parsed.success) return null;
  const raw: Record<string, unknown> = {};
  for (const [blockId, fields] of Object.entries(parsed.data)) {
    const field = fields[blockId];
    if (!field || !FORM_KEYS.has(blockId)) continue;
    const value = fieldValue(field);
    if (value !== undefined) raw[blockId] = value;
  }
  const other = raw[OTHER_USES_BLOCK];
  delete raw[OTHER_USES_BLOCK];
  if (typeof other === 'string') {
    const extra = other.split(',').map((item) => item.trim()).filter(Boolean).map((item) => `other:${item}`);
    const named = Array.isArray(raw.uses) ? raw.uses : [];
    if (extra.length > 0) raw.uses = [...named, ...extra];
  }
  return raw;
}

/**
 * Validation issues as Slack's `response_action: errors`, keyed by block id: each shows under
 * its field. An issue without a field of its own goes under the stream name.
 */
export function fieldErrors(issues: readonly InputIssue[], blockIds: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.split(/[.[]/)[0] ?? '';
    const blockId = blockIds.includes(key) ? key : (blockIds[0] ?? 'name');
    errors[blockId] = clip(errors[blockId] ? `${errors[blockId]} ${issue.message}` : issue.message, LIMITS.fieldError);
  }
  return errors;
}
