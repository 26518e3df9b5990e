import type { CliIo } from './io.js';

/** One `ingest-advisor` sub-command. Adding a command is adding a file and a line in `commands/index.ts`. */
export interface Command {
  name: string;
  /** One line for `ingest-advisor help`. */
  summary: string;
  /** The usage block shown by `ingest-advisor help NAME` and on a usage error. */
  usage: string;
  /** Returns the exit code. Throws `AdvisorError` for bad input or configuration. */
  run(args: string[], io: CliIo): Promise<number>;
}
