import { InputError } from '../../errors.js';
import { parseNow } from '../../digest/parse-now.js';
import { listStreams, type StreamListItem } from '../../registry/list-streams.js';
import { withRegistry } from '../../registry/registry-session.js';
import type { Command } from '../command.js';
import { usage } from './streams.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-args.js';
import { runStreamsSync } from './streams-sync.js';
import { runImport } from './streams-import.js';

/** `streams`, loaded when it runs. */
export const run: Command['run'] = async (args, io) => {
  const options = { json: { type: 'boolean' }, now: { type: 'string' }, all: { type: 'boolean' }, 'dry-run': { type: 'boolean' } } as const;
  const { values, positionals } = parseCommandArgs(args, options, usage);
  const [action, ...rest] = positionals;
  const json = values.json === true;
  const { all, 'dry-run': dryRun } = values;
  if (action === 'import' && rest.length === 1 && values.now === undefined && !all && !dryRun) return runImport(rest[0]!, io, json);
  if (action === 'list' && rest.length === 0 && !dryRun) return runList(io, json, parseNow(values.now), all === true);
  if (action === 'sync' && rest.length === 0 && values.now === undefined && !all) return runStreamsSync(io, { dryRun: dryRun === true, json });
  throw new InputError(`${describeMisuse(action, rest)}\n\n${usage}`);
};

function describeMisuse(action: string | undefined, rest: string[]): string {
  if (action === undefined) return 'streams needs an action: import FILE, list or sync.';
  if (action === 'import') return rest.length === 0 ? 'streams import needs a FILE or DIR (or - for standard input).' : 'streams import takes one FILE or DIR (and no --now, --all or --dry-run).';
  if (action === 'list') return rest.length > 0 ? `streams list takes no arguments; got ${rest.join(' ')}.` : 'streams list takes no --dry-run.';
  if (action === 'sync') return rest.length > 0 ? `streams sync takes no arguments; got ${rest.join(' ')}.` : 'streams sync takes only --dry-run and --json.';
  return `Unknown action "${action}": use import, list or sync.`;
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
