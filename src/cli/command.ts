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

/**
 * A command's `run` whose code loads when it runs: each command's libraries (Kysely and the
 * database drivers, the knowledge index) then load only for the commands that use them, and
 * `review` or `help` starts in a fraction of the time.
 */
export function runLoaded(load: () => Promise<{ run: Command['run'] }>): Command['run'] {
  return async (args, io) => (await load()).run(args, io);
}
