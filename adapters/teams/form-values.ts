import type { InputIssue } from '../../src/errors.js';
import { INPUT_KEYS } from '../../src/review/input-catalogue.js';
import { OTHER_USES_INPUT } from './ids.js';
import { clip } from './cards/text.js';

function listOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  return items.map((item) => item.trim()).filter(Boolean);
}

/**
 * A submitted form (or follow-up field) as a raw description, ready for the schema: only the
 * inputs of the spec, blank fields left out, the multi-select and the "other uses" field joined
 * into one `uses` list. Values stay as sent (text), so the schema names whatever is wrong.
 */
export function readFormValues(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of INPUT_KEYS) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    raw[key] = typeof value === 'string' ? value.trim() : value;
  }
  const others = listOf(data[OTHER_USES_INPUT]).map((use) => `other:${use}`);
  if (others.length > 0 || raw.uses !== undefined) raw.uses = [...listOf(raw.uses), ...others];
  return raw;
}

/**
 * Validation issues by input key, each shown under its field; an issue of no single field
 * (or of a key the form does not have) goes under `''`, shown at the top.
 */
export function fieldErrors(issues: readonly InputIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const head = issue.path.split(/[.[]/)[0] ?? '';
    const key = (INPUT_KEYS as readonly string[]).includes(head) ? head : '';
    errors[key] = clip(errors[key] ? `${errors[key]} ${issue.message}` : issue.message, 600);
  }
  return errors;
}
