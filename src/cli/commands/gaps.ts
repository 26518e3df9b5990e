import { runLoaded, type Command } from '../command.js';

export const usage = `Usage:
  ingest-advisor gaps [--json] [--limit N]   questions asked in chat that the knowledge base did not answer well

A gap is a question nothing matched with confidence ("unanswered"), a close call that chat
answered with "did you mean" and two or three sections to pick from ("clarify"), or one whose
answer someone marked Not helpful ("not-helpful"). "picked" names the sections people chose
from the choices or nearest topics, so a close call shows what it meant. The most asked come
first: write the missing section, or add the question to the picked section's retrieval hints.

Options:
  --json       {"gaps": [{"question", "reason", "count", "lastAsked", "closest", "picked": [{"section", "count"}]}]}
  --limit N    at most N gaps (default 50)

Examples:
  ingest-advisor gaps
  ingest-advisor gaps --json --limit 10`;

export const gapsCommand: Command = {
  name: 'gaps',
  summary: 'questions asked in chat that the knowledge base did not answer well',
  usage,
  run: runLoaded(() => import('./gaps-run.js')),
};
