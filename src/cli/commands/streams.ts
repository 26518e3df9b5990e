import { runLoaded, type Command } from '../command.js';

export const usage = `Usage:
  ingest-advisor streams import FILE [--json]              add or update streams from a YAML or JSON list (- for standard input)
  ingest-advisor streams import DIR [--json]               read DataStreamDefinition and DataStreamTemplate metadata (a Salesforce DX project or a retrieved folder)
  ingest-advisor streams list [--all] [--json] [--now ISO] every stream with its check state and latest run
  ingest-advisor streams sync [--dry-run] [--json]         pull the org's Data Streams and their run health from Data 360 (SF_* settings)

Options:
  --json           JSON output
  --now ISO-8601   judge review ages and snoozes at that moment (list only; default: now)
  --all            list also the streams a sync found gone from the org
  --dry-run        show what a sync would change, and change nothing

An import is all or nothing: if any entry (or metadata file) is invalid or names a stream
already listed, nothing of it is written, and the problems are reported with each entry's
index and name (the first 20, and how many more). Metadata and sync keep what they cannot
tell (owner, uses, decision freshness…) from the stream's stored description.
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
  run: runLoaded(() => import('./streams-run.js')),
};
