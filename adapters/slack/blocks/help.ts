import { INPUT_CATALOGUE, INPUT_GROUPS } from '../../../src/review/input-catalogue.js';
import { ACTION, COMMAND } from '../ids.js';
import type { SlackMessage } from '../reply.js';
import { actions, button, context, header, section, type Block } from './kit.js';
import { escapeMrkdwn } from './text.js';

function inputLine(key: string, help: string, values: readonly string[] | undefined, required: boolean): string {
  const allowed = values ? `: ${values.map((v) => `\`${v}\``).join(' ')}` : '';
  return `• \`${key}\`${required ? ' (required)' : ''} — ${escapeMrkdwn(help)}${allowed}`;
}

/** `/ingest-review help`: the ways to call it, then every input by group. */
export function helpMessage(): SlackMessage {
  const blocks: Block[] = [
    header('/ingest-review: check a Data Stream against the style guide'),
    section(
      [
        `\`${COMMAND}\` opens a form with every input.`,
        `\`${COMMAND} name="Web orders" connector=s3 category=engagement refreshMode=upsert …\` reviews inline; I ask for whatever is missing.`,
        `\`${COMMAND} Web orders\` shows the latest recorded review of a stream in the registry.`,
        `\`${COMMAND} status Web orders\` (or mention me with \`status Web orders\`) shows its review state and latest run health.`,
        'The checklist shows one line per rule and a verdict; *Record review* stores it with you as the reviewer, *Share in channel* shows it to everyone.',
      ].join('\n'),
    ),
  ];
  for (const group of INPUT_GROUPS) {
    const lines = INPUT_CATALOGUE.filter((spec) => spec.group === group).map((spec) => inputLine(spec.key, spec.help, spec.values, spec.required));
    blocks.push(section(`*${group}*\n${lines.join('\n')}`));
  }
  blocks.push(context('Write values without spaces around `=`, quote values with spaces, and separate list items with commas (`uses=segmentation,activation`).'));
  blocks.push(actions([button('Open the form', ACTION.openReview, '', 'primary')]));
  return { text: `${COMMAND} help`, blocks };
}
