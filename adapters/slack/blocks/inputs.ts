import type { types } from '@slack/bolt';
import type { InputSpec } from '../../../src/review/input-catalogue.js';
import { LIMITS } from './limits.js';
import { option } from './kit.js';
import { clip, plain } from './text.js';

/** The block id of the free-text companion of `uses` (named uses are a multi-select). */
export const OTHER_USES_BLOCK = 'usesOther';

const FLAG_LABELS: Readonly<Record<string, string>> = { true: 'Yes', false: 'No' };

function textInput(spec: InputSpec, initial: unknown, placeholder?: string): types.PlainTextInput {
  const value = Array.isArray(initial) ? initial.join(', ') : initial === undefined || initial === null ? '' : String(initial);
  return {
    type: 'plain_text_input',
    action_id: spec.key,
    ...(value !== '' ? { initial_value: clip(value, 3000) } : {}),
    ...(placeholder ? { placeholder: plain(placeholder, LIMITS.placeholder) } : {}),
  };
}

function select(spec: InputSpec, initial: unknown): types.StaticSelect {
  const values = spec.values ?? [];
  const options = values.slice(0, LIMITS.selectOptions).map((value) => option(spec.kind === 'flag' ? `${FLAG_LABELS[value] ?? value} (${value})` : value, value));
  const chosen = options.find((o) => o.value === String(initial));
  return { type: 'static_select', action_id: spec.key, options, placeholder: plain('Choose…', LIMITS.placeholder), ...(chosen ? { initial_option: chosen } : {}) };
}

function multiSelect(spec: InputSpec, initial: unknown): types.MultiStaticSelect {
  const options = (spec.values ?? []).map((value) => option(value, value));
  const given = Array.isArray(initial) ? initial.map(String) : [];
  const chosen = options.filter((o) => given.includes(o.value ?? ''));
  return { type: 'multi_static_select', action_id: spec.key, options, placeholder: plain('Choose…', LIMITS.placeholder), ...(chosen.length > 0 ? { initial_options: chosen } : {}) };
}

function element(spec: InputSpec, initial: unknown): types.InputBlockElement {
  switch (spec.kind) {
    case 'choice':
    case 'flag':
      return select(spec, initial);
    case 'use-list':
      return multiSelect(spec, initial);
    case 'count':
      return textInput(spec, initial, 'a whole number, e.g. 60,000,000');
    case 'text-list':
      return textInput(spec, initial, 'comma-separated, e.g. order_id, line_no');
    case 'text':
      return textInput(spec, initial);
  }
}

/**
 * The form field(s) of one input: block id and action id are the input's key, so a validation
 * error names the field it belongs to. `uses` also gets a text field for `other:TEXT` uses.
 */
export function inputBlocks(spec: InputSpec, initial: unknown): types.InputBlock[] {
  const block: types.InputBlock = {
    type: 'input',
    block_id: spec.key,
    optional: !spec.required,
    label: plain(spec.label, LIMITS.inputLabel),
    hint: plain(spec.help, LIMITS.hint),
    element: element(spec, initial),
  };
  if (spec.kind !== 'use-list') return [block];
  const others = Array.isArray(initial) ? initial.map(String).filter((use) => use.startsWith('other:')).map((use) => use.slice('other:'.length)) : [];
  const other: types.InputBlock = {
    type: 'input',
    block_id: OTHER_USES_BLOCK,
    optional: true,
    label: plain('Other downstream uses', LIMITS.inputLabel),
    hint: plain('anything not in the list above, comma-separated (each becomes other:TEXT)', LIMITS.hint),
    element: { type: 'plain_text_input', action_id: OTHER_USES_BLOCK, ...(others.length > 0 ? { initial_value: others.join(', ') } : {}) },
  };
  return [block, other];
}
