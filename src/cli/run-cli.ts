import { isAdvisorError, shownIssues, type AdvisorError } from '../errors.js';
import { closest } from '../review/schema/suggest.js';
import { describeIssues } from '../validation/zod-issues.js';
import type { Command } from './command.js';
import { coreCommands } from './commands/index.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, type CliIo } from './io.js';

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: ingest-advisor <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`ingest-advisor help <command>\` for a command's options.\n`;
}

/** The issues under an error's message (unless it says them already), at most `MAX_SHOWN_ISSUES` and a count of the rest. */
function issueLines(error: AdvisorError): string {
  const { issues, more } = shownIssues(error);
  if (issues.length === 0 || error.message.includes(issues[0]!.message)) return '';
  return `\n${describeIssues(issues)}${more > 0 ? `\n  … and ${more.toLocaleString('en')} more` : ''}`;
}

/**
 * Runs one command line and returns its exit code; never throws. `commands` defaults to the
 * core's; the executable adds `serve`, which lives with the adapters it hosts.
 */
export async function runCli(argv: string[], io: CliIo, commands: readonly Command[] = coreCommands): Promise<number> {
  const findCommand = (name: string) => commands.find((c) => c.name === name);
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
    io.stdout.write(topic ? `${topic.usage}\n` : overview(commands));
    return EXIT_OK;
  }
  const command = findCommand(name);
  if (!command) {
    const hint = closest(name, [...commands.map((c) => c.name), 'help']);
    io.stderr.write(`Unknown command "${name}"${hint ? ` (did you mean ${hint}?)` : ''}.\n\n${overview(commands)}`);
    return EXIT_BAD_INPUT;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isAdvisorError(error)) {
      io.stderr.write(`Error: ${error.message}${issueLines(error)}\n`);
      return EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`Internal error: ${message}\nThis is a bug in ingest-advisor; please report it with the command you ran.\n`);
    if (io.env.INGEST_ADVISOR_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}
