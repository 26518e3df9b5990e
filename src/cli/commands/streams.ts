import { readFile, stat } from 'node:fs/promises';
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
import { runMetadataImport } from './streams-metadata.js';
import { runStreamsSync } from './streams-sync.js';

const usage = `Usage:
  ingest-advisor streams import FILE [--json]              add or update streams from a YAML or JSON list (- for standard input)
  ingest-advisor streams import DIR [--json]               read DataStreamDefinition and DataStreamTemplate metadata (a Salesforce DX project or a retrieved folder)
  ingest-advisor streams list [--all] [--json] [--now ISO] every stream with its check state and latest run
  ingest-advisor streams sync [--dry-run] [--json]         pull the org's Data Streams and their run health from Data 360 (SF_* settings)

Options:
  --json           JSON output
  --now ISO-8601   judge review ages and snoozes at that moment (list only; default: now)
  --all            list also the streams a sync found gone from the org
  --dry-run        show what a sync would change, and change nothing

An import is all or nothing: if any entry (or metadata file) is invalid, each bad one is
reported and nothing is written. Metadata and sync keep what they cannot tell (owner, uses,
decision freshness…) from the stream's stored description.
A sync exits 2 when the SF_* settings are missing or refused, 1 when the org could not be read.

Examples:
  ingest-advisor streams import streams.yaml
  ingest-advisor streams import force-app
  ingest-advisor streams sync --dry-run
  ingest-advisor streams list --json`;

export const streamsCommand: Command = {
  name: 'streams',
  summary: 'the stream registry: import streams (a file, or metadata), sync them from the org, list them with their state',
  usage,
  async run(args, io) {
    const options = { json: { type: 'boolean' }, now: { type: 'string' }, all: { type: 'boolean' }, 'dry-run': { type: 'boolean' } } as const;
    const { values, positionals } = parseCommandArgs(args, options, usage);
    const [action, ...rest] = positionals;
    const json = values.json === true;
    const { all, 'dry-run': dryRun } = values;
    if (action === 'import' && rest.length === 1 && values.now === undefined && !all && !dryRun) return runImport(rest[0]!, io, json);
    if (action === 'list' && rest.length === 0 && !dryRun) return runList(io, json, parseNow(values.now), all === true);
    if (action === 'sync' && rest.length === 0 && values.now === undefined && !all) return runStreamsSync(io, { dryRun: dryRun === true, json });
    throw new InputError(`${describeMisuse(action, rest)}\n\n${usage}`);
  },
};

function describeMisuse(action: string | undefined, rest: string[]): string {
  if (action === undefined) return 'streams needs an action: import FILE, list or sync.';
  if (action === 'import') return rest.length === 0 ? 'streams import needs a FILE or DIR (or - for standard input).' : 'streams import takes one FILE or DIR (and no --now, --all or --dry-run).';
  if (action === 'list') return rest.length > 0 ? `streams list takes no arguments; got ${rest.join(' ')}.` : 'streams list takes no --dry-run.';
  if (action === 'sync') return rest.length > 0 ? `streams sync takes no arguments; got ${rest.join(' ')}.` : 'streams sync takes only --dry-run and --json.';
  return `Unknown action "${action}": use import, list or sync.`;
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

async function runImport(file: string, io: CliIo, json: boolean): Promise<number> {
  if (file !== '-' && (await isDirectory(resolve(io.cwd, file)))) return runMetadataImport(file, io, json);
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

async function runList(io: CliIo, json: boolean, asOf: Date, all: boolean): Promise<number> {
  const streams = await withRegistry(io, ({ db, config }) => listStreams(db, asOf, config.reviewMaxAgeDays, all));
  io.stdout.write(json ? `${JSON.stringify({ asOf: asOf.toISOString(), streams })}\n` : renderList(streams));
  return EXIT_OK;
}

function renderList(streams: StreamListItem[]): string {
  if (streams.length === 0) return 'The registry has no streams yet: add some with `ingest-advisor streams import FILE` or `ingest-advisor streams sync`.\n';
  const rows = streams.map((s) => [s.stream, s.connector ?? '', s.owner ?? '', stateText(s), reviewText(s), runText(s)]);
  const table = [['STREAM', 'CONNECTOR', 'OWNER', 'STATE', 'LAST REVIEW', 'LAST RUN'], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return `${table.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n')}\n`;
}

function stateText(item: StreamListItem): string {
  const notes = [item.snoozedUntil ? `snoozed until ${item.snoozedUntil.slice(0, 10)}` : null, item.removedAt ? `removed from the org ${item.removedAt.slice(0, 10)}` : null].filter(Boolean);
  return notes.length > 0 ? `${item.state} (${notes.join('; ')})` : item.state;
}

function runText(item: StreamListItem): string {
  const run = item.health;
  if (!run) return '-';
  const rows = run.rowsAdded === null ? '' : ` +${run.rowsAdded.toLocaleString('en-US')} rows`;
  return `${run.lastRunStatus ?? '?'} ${run.lastRefresh.slice(0, 16).replace('T', ' ')}${rows}${run.errorCode ? ` ${run.errorCode}` : ''}`;
}

function reviewText(item: StreamListItem): string {
  const review = item.lastReview;
  return review ? `${review.verdict} ${review.at.slice(0, 10)} by ${review.by} (${review.via})` : '-';
}
