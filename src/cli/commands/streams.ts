import { inputConfig } from '../../config/input-config.js';
import { readEnv } from '../../config/load-env.js';
import { InputError, isAdvisorError, type AdvisorError } from '../../errors.js';
import { parseNow } from '../../digest/parse-now.js';
import { StreamImport, type ImportSummary } from '../../registry/import-streams.js';
import { listStreams, type StreamListItem } from '../../registry/list-streams.js';
import { withRegistry } from '../../registry/registry-session.js';
import { uniqueNames } from '../../registry/unique-names.js';
import { fromFirst, readStreams, type StreamBatch } from '../../review/input/read-streams.js';
import type { Command } from '../command.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-args.js';
import { openTextSource } from '../read-source.js';

const usage = `Usage:
  ingest-advisor streams import FILE [--json]          add or update streams from a YAML or JSON list (- for standard input)
  ingest-advisor streams list [--json] [--now ISO]     every stream with its check state

Options:
  --json           JSON output
  --now ISO-8601   judge review ages and snoozes at that moment (list only; default: now)

An import is all or nothing: if any entry is invalid or names a stream already listed,
nothing of the file is written, and the problems are reported with each entry's index and
name (the first 20, and how many more).

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
  try {
    const source = await openTextSource(file, io, inputConfig(readEnv(io.cwd, io.env)).maxFileBytes);
    // A file whose first piece (all of a file under 16 KB) has a problem never opens, or creates, the registry.
    const batches = await fromFirst(readStreams(source.chunks, source.name, { check: uniqueNames() }), (batch) => batch.clean);
    const summary = await withRegistry(io, ({ db }) => importAll(new StreamImport(db, { uniqueNames: true }), batches));
    const line = `Imported ${summary.total} stream${summary.total === 1 ? '' : 's'} from ${source.name}: ${summary.new} new, ${summary.changed} changed, ${summary.unchanged} unchanged.`;
    io.stdout.write(json ? `${JSON.stringify({ source: source.name, ...summary })}\n` : `${line}\n`);
    return EXIT_OK;
  } catch (error) {
    if (isAdvisorError(error) && error.code === 'input') throw nothingImported(error);
    throw error;
  }
}

/**
 * Writes each piece of the file inside the import's one transaction as it is read, and commits
 * only if the whole file was good: a bad entry anywhere rolls everything back.
 */
async function importAll(run: StreamImport, batches: AsyncIterable<StreamBatch>): Promise<ImportSummary> {
  try {
    for await (const batch of batches) if (batch.clean) run.add(batch.streams);
    return run.commit();
  } finally {
    run.rollback();
  }
}

/** The input error with "Nothing was imported." after its first line (a syntax error's snippet follows it). */
function nothingImported(error: AdvisorError): InputError {
  const [headline, ...snippet] = error.message.split('\n');
  return new InputError([`${headline} Nothing was imported.`, ...snippet].join('\n'), error.issues, error.more);
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
