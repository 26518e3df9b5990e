import { runLoaded, type Command } from '../command.js';

export const usage = `Usage:
  ingest-advisor ask QUESTION...        answer one question (the words are joined)
  ingest-advisor ask --stdin            answer each non-blank line of standard input, in order

Options:
  --json     JSON output: one object, or one JSON object per line with --stdin
  --stdin    read questions from standard input, one per line

Examples:
  ingest-advisor ask "what does upsert do with deleted records?"
  ingest-advisor ask --json dlo vs dmo
  printf 'upsert deletes\\nfull refresh cost\\n' | ingest-advisor ask --stdin --json`;

export const askCommand: Command = {
  name: 'ask',
  summary: 'answer a question about Data 360 ingestion from the knowledge base',
  usage,
  run: runLoaded(() => import('./ask-run.js')),
};
