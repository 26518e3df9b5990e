import { INPUT_CATALOGUE, INPUT_GROUPS } from '../../../src/review/input-catalogue.js';
import { VERB } from '../ids.js';
import { button, card, container, heading, subtle, text } from './elements.js';
import { inputElements } from './inputs.js';
import type { AdaptiveCard, CardElement } from './kit.js';
import { literal } from './text.js';

export interface FormState {
  /** Values to show: a stream from the registry, or what was submitted. */
  values?: Readonly<Record<string, unknown>>;
  /** Problems by input key, shown under the field; `''` holds problems of no one field. */
  errors?: Readonly<Record<string, string>>;
}

function errorSummary(errors: Readonly<Record<string, string>>): CardElement[] {
  const keys = Object.keys(errors).filter((key) => key !== '');
  const general = errors[''];
  if (keys.length === 0 && !general) return [];
  const lines = [keys.length > 0 ? `Fix ${keys.map((key) => `**${key}**`).join(', ')} and submit again.` : 'Fix the form and submit again.'];
  if (general) lines.push(literal(general));
  // Default text on the attention container: red text on its tint is hard to read in Teams' themes.
  return [container([text(`⚠️ ${lines.join('\n\n')}`)], { style: 'attention' })];
}

/**
 * The `ingest-review` form: every input of the spec, grouped as the catalogue groups them, each
 * with its help; choices as choice sets, counts as number inputs. Submitting sends every value.
 */
export function reviewFormCard(state: FormState = {}): AdaptiveCard {
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const body: CardElement[] = [
    heading('Review a Data Stream', 'Large'),
    subtle('The checklist applies the ingestion style guide. Only the stream name, connector, category and refresh mode are required; a rule that needs an input you leave out says so.'),
    ...errorSummary(errors),
  ];
  for (const group of INPUT_GROUPS) {
    const items: CardElement[] = [heading(group, 'Default')];
    for (const spec of INPUT_CATALOGUE.filter((s) => s.group === group)) items.push(...inputElements(spec, values[spec.key], errors[spec.key]));
    body.push(container(items, { separator: true, spacing: 'Medium' }));
  }
  const submit = button('Review', VERB.submitForm, {}, { style: 'positive', associatedInputs: 'auto' });
  return card(body, 'Review a Data Stream: fill in the form and press Review.', [submit]);
}
