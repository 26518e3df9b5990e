import { INPUT_CATALOGUE, INPUT_GROUPS } from '../../../src/review/input-catalogue.js';
import { COMMAND, VERB } from '../ids.js';
import { button, card, container, heading, subtle, text } from './elements.js';
import type { AdaptiveCard, CardElement } from './kit.js';

function inputLine(key: string, help: string, values: readonly string[] | undefined, required: boolean): string {
  const allowed = values ? `: ${values.join(', ')}` : '';
  return `- **${key}**${required ? ' (required)' : ''} — ${help}${allowed}`;
}

/** `ingest-review help`: the ways to call it, then every input by group. */
export function helpCard(): AdaptiveCard {
  const c = COMMAND.review;
  const body: CardElement[] = [
    heading(`${c}: check a Data Stream against the style guide`),
    text(
      [
        `- **${c}** alone sends a form with every input.`,
        `- **${c} name="Web orders" connector=s3 category=engagement refreshMode=upsert …** reviews inline; I ask for whatever is missing.`,
        `- **${c} Web orders** shows the latest recorded review of a stream in the registry.`,
        `- **${COMMAND.status} Web orders** shows its review state and latest run health in one card.`,
        '- The checklist shows one line per rule and a verdict; **Record review** stores it with you as the reviewer.',
      ].join('\n'),
    ),
  ];
  for (const group of INPUT_GROUPS) {
    const lines = INPUT_CATALOGUE.filter((spec) => spec.group === group).map((spec) => inputLine(spec.key, spec.help, spec.values, spec.required));
    body.push(container([heading(group, 'Default'), text(lines.join('\n'), { size: 'Small' })], { separator: true }));
  }
  body.push(subtle('Write values without spaces around =, quote values with spaces, and separate list items with commas (uses=segmentation,activation).'));
  return card(body, `${c} help`, [button('Open the form', VERB.openForm, {}, { style: 'positive' })]);
}
