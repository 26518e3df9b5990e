import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { parseNow } from '../../digest/parse-now.js';
import { importStreams } from '../../registry/import-streams.js';
import { listStreams, type StreamListItem } from '../../registry/list-streams.js';
import { withRegistry } from '../../registry/registry-session.js';
import { assertUniqueNames } from '../../registry/unique-names.js';
import { parseStreamsText } from '../../review/input/file.js';
import type { StreamDescription } from '../../review/stream-description.js';
import type { Command } from '../command.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-args.js';
import { readAll } from '../read-lines.js';

const usage = `Usage:
  ingest-advisor streams import FILE [--json]          add or update streams from a YAML or JSON list (- for standard input)
  ingest-advisor streams list [--json] [--now ISO]     every stream with its check state

Options:
  --json           JSON output
  --now ISO-8601   judge review ages and snoozes at that moment (list only; default: now)

An import is all or nothing: if any entry is invalid, each bad one is reported with its
index and name and nothing of the file is written.

Examples:
  ingest-advisor streams import streams.yaml
  ingest-advisor streams list --json`;

export const streamsCommand: Command = {
  name: 'streams',
  summary: 'the stream registry: import streams from a file, list them with their check state',
  usage,
  async run(args, io) {
    const options = { json: { type: 'boolean' }, now: { type: 'string' } } as const;
    const { values, positionals } = parseCommandArgs(args, options, usage);
    const [action, ...rest] = positionals;
    const json = values.json === true;
    if (action === 'import' && rest.length === 1 && values.now === undefined) return runImport(rest[0]!, io, json);
    if (action === 'list' && rest.length === 0) return runList(io, json, parseNow(values.now));
    throw new InputError(`${describeMisuse(action, rest)}\n\n${usage}`);
  },
};

function describeMisuse(action: string | undefined, rest: string[]): string {
  if (action === undefined) return 'streams needs an action: import FILE or list.';
  if (action === 'import') return rest.length === 0 ? 'streams import needs a FILE (or - for standard input).' : 'streams import takes one FILE (and no --now).';
  if (action === 'list') return `streams list takes no arguments; got ${rest.join(' ')}.`;
  return `Unknown action "${action}": use import or list.`;
}

async function runImport(file: string, io: CliIo, json: boolean): Promise<number> {
  const source = file === '-' ? 'standard input' : file;
  const text = await readSource(file, io);
  // Everything is validated before the registry is opened: a bad file writes nothing.
  const streams = validated(text, source);
  const summary = await withRegistry(io, ({ db }) => importStreams(db, streams));
  const line = `Imported ${summary.total} stream${summary.total === 1 ? '' : 's'} from ${source}: ${summary.new} new, ${summary.changed} changed, ${summary.unchanged} unchanged.`;
  io.stdout.write(json ? `${JSON.stringify({ source, ...summary })}\n` : `${line}\n`);
  return EXIT_OK;
}

function validated(text: string, source: string): StreamDescription[] {
  try {
    const { streams } = parseStreamsText(text, source);
    assertUniqueNames(streams, source);
    return streams;
  } catch (error) {
    if (error instanceof InputError && !error.message.includes('nothing was imported')) {
      throw new InputError(`${error.message} Nothing was imported.`, error.issues);
    }
    throw error;
  }
}

async function readSource(file: string, io: CliIo): Promise<string> {
  if (file === '-') return readAll(io.stdin);
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputError(`Cannot read ${file}: ${reason}.`, [{ path: '', message: reason }]);
  }
}

async function runList(io: CliIo, json: boolean, asOf: Date): Promise<number> {
  const streams = await withRegistry(io, ({ db, config }) => listStreams(db, asOf, config.reviewMaxAgeDays));
  io.stdout.write(json ? `${JSON.stringify({ asOf: asOf.toISOString(), streams })}\n` : renderList(streams));
  return EXIT_OK;
}

function renderList(streams: StreamListItem[]): string {
  if (streams.length === 0) return 'The registry has no streams yet: add some with `ingest-advisor streams import FILE`.\n';
  const rows = streams.map((s) => [s.stream, s.connector ?? '', s.owner ?? '', stateText(s), reviewText(s)]);
  const table = [['STREAM', 'CONNECTOR', 'OWNER', 'STATE', 'LAST REVIEW'], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return `${table.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n')}\n`;
}

function stateText(item: StreamListItem): string {
  return item.snoozedUntil ? `${item.state} (snoozed until ${item.snoozedUntil.slice(0, 10)})` : item.state;
}

function reviewText(item: StreamListItem): string {
  const review = item.lastReview;
  return review ? `${review.verdict} ${review.at.slice(0, 10)} by ${review.by} (${review.via})` : '-';
}
