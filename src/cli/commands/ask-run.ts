import { loadAdvisor } from '../../answer/load-advisor.js';
import { renderAnswerText } from '../../answer/render-text.js';
import type { AskResult } from '../../answer/types.js';
import { InputError } from '../../errors.js';
import type { Command } from '../command.js';
import { usage } from './ask.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-args.js';
import { readLines } from '../read-lines.js';

/** `ask`, loaded when it runs. */
export const run: Command['run'] = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, stdin: { type: 'boolean' } }, usage);
  const question = positionals.join(' ').trim();
  if (values.stdin && question !== '') throw new InputError(`Give the question as arguments or with --stdin, not both.\n\n${usage}`);
  if (!values.stdin && question === '') throw new InputError(`ask needs a question, e.g. ingest-advisor ask "what does upsert do with deleted records?"\n\n${usage}`);
  const advisor = await loadAdvisor(io.env);
  if (values.stdin) await askEachLine(io, values.json === true, (q) => advisor.ask(q));
  else io.stdout.write(output(advisor.ask(question), values.json === true));
  return EXIT_OK;
};

function output(result: AskResult, json: boolean): string {
  return json ? `${JSON.stringify(result)}\n` : renderAnswerText(result);
}

async function askEachLine(io: CliIo, json: boolean, ask: (q: string) => AskResult): Promise<void> {
  let first = true;
  for await (const line of readLines(io.stdin)) {
    if (line.trim() === '') continue;
    const result = ask(line);
    if (!json && !first) io.stdout.write('\n');
    io.stdout.write(json ? output(result, true) : `Q: ${result.question}\n${output(result, false)}`);
    first = false;
  }
}
