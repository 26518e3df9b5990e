import type { InputSpec } from '../../../src/review/input-catalogue.js';
import { USES } from '../../../src/review/stream-description.js';
import { OTHER_USES_INPUT } from '../ids.js';
import { container, subtle, text } from './elements.js';
import type { CardElement, CardInput, Choice } from './kit.js';
import { clip, literal } from './text.js';

const FLAG_CHOICES: Choice[] = [
  { title: 'Yes (true)', value: 'true' },
  { title: 'No (false)', value: 'false' },
];

/** A value as a form shows it again: lists comma-separated, anything else as text. */
export function asInputText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return Array.isArray(value) ? value.map(String).join(',') : String(value);
}

function choices(spec: InputSpec): Choice[] {
  if (spec.kind === 'flag') return FLAG_CHOICES;
  return (spec.values ?? []).map((value) => ({ title: value, value }));
}

function element(spec: InputSpec, initial: unknown): CardInput {
  const base = { id: spec.key, label: spec.label, ...(spec.required ? { isRequired: true, errorMessage: `${spec.label} is required` } : {}) };
  const value = asInputText(initial);
  switch (spec.kind) {
    case 'choice':
    case 'flag': {
      // Long lists get the type-ahead style; a short one stays a plain drop-down.
      const style = (spec.values?.length ?? 0) > 8 ? 'filtered' : 'compact';
      const options = choices(spec);
      // A value that is not one of the choices is left unselected; the error under the field names it.
      const chosen = options.some((choice) => choice.value === value) ? { value } : {};
      return { type: 'Input.ChoiceSet', ...base, style, placeholder: 'Choose…', choices: options, ...chosen };
    }
    case 'use-list': {
      const named = (value ?? '').split(',').filter((use) => (USES as readonly string[]).includes(use));
      return { type: 'Input.ChoiceSet', ...base, style: 'compact', isMultiSelect: true, placeholder: 'Choose…', choices: choices(spec), ...(named.length > 0 ? { value: named.join(',') } : {}) };
    }
    case 'count': {
      const number = value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
      // A value that is not a whole number is shown as typed, in a text field, so it can be fixed.
      if (value !== undefined && number === undefined) return { type: 'Input.Text', ...base, value: clip(value, 200) };
      return { type: 'Input.Number', ...base, min: 0, placeholder: 'a whole number, e.g. 60000000', ...(number !== undefined ? { value: number } : {}) };
    }
    case 'text-list':
      return { type: 'Input.Text', ...base, placeholder: 'comma-separated, e.g. order_id,line_no', ...(value ? { value: clip(value, 2_000) } : {}) };
    case 'text':
      return { type: 'Input.Text', ...base, ...(value ? { value: clip(value, 2_000) } : {}) };
  }
}

/** The free-text companion of `uses`: anything not in the list, each becoming `other:TEXT`. */
function otherUses(initial: unknown): CardElement[] {
  const others = (asInputText(initial) ?? '').split(',').filter((use) => use.startsWith('other:')).map((use) => use.slice('other:'.length));
  return [
    { type: 'Input.Text', id: OTHER_USES_INPUT, label: 'Other downstream uses', placeholder: 'comma-separated', ...(others.length > 0 ? { value: others.join(',') } : {}) },
    subtle('anything not in the list above; each becomes other:TEXT'),
  ];
}

/**
 * One input of the review form: the field (labelled, a choice set for allowed values, a number
 * input for counts), its help from the catalogue, and the server's error for it, if any.
 */
export function inputElements(spec: InputSpec, initial: unknown, error?: string): CardElement[] {
  const elements: CardElement[] = [element(spec, initial), subtle(spec.help)];
  if (error) elements.push(container([text(`⚠️ ${spec.label} (${spec.key}): ${literal(error)}`)], { style: 'attention', spacing: 'Small' }));
  if (spec.kind === 'use-list') elements.push(...otherUses(initial));
  return elements;
}
