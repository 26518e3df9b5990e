import { CONNECTOR_CAPABILITIES } from '../connectors.js';
import type { StreamDescription } from '../stream-description.js';
import { setting } from '../wording.js';
import { fail, pass, type Rule, type RuleOutcome } from './rule.js';

function evaluate(stream: StreamDescription): RuleOutcome {
  const { connector, refreshMode } = stream;
  if (refreshMode === 'incremental' && CONNECTOR_CAPABILITIES[connector].fileBased) {
    return fail(
      `refreshMode=incremental on ${connector}: file-based connectors offer upsert or full refresh only.`,
      `Use ${setting('refreshMode', 'upsert')} with deletes=delete-file, or full-refresh for a small source.`,
    );
  }
  return pass(`Nothing rules out ${setting('refreshMode', refreshMode)} on ${connector}.`);
}

export const modeSupported: Rule = {
  id: 'mode-supported',
  title: 'The connector offers the chosen refresh mode',
  refs: ['refresh-modes', 'connectors'],
  evaluate,
};
