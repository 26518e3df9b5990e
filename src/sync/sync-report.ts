import { notLandingJson, type NotLandingJson } from '../landing/not-landing.js';
import type { UnknownValue } from '../org/org-description.js';
import type { SyncResult } from './run-sync.js';

/** `streams sync --json`. */
export interface SyncJson {
  dryRun: boolean;
  instanceUrl: string;
  at: string;
  /** Data streams in the org. */
  streams: number;
  added: string[];
  changed: string[];
  unchanged: number;
  removed: string[];
  restored: string[];
  runsRecorded: number;
  /** How many streams are not landing after the sync. */
  notLanding: number;
  notLandingStreams: NotLandingJson[];
  /** Values the advisor does not know, kept as they were and shown here. */
  unknownValues: UnknownValue[];
  notes: string[];
}

export function syncJson(result: SyncResult): SyncJson {
  return {
    dryRun: result.dryRun,
    instanceUrl: result.instanceUrl,
    at: result.at.toISOString(),
    streams: result.total,
    added: result.added,
    changed: result.changed,
    unchanged: result.unchanged,
    removed: result.removed,
    restored: result.restored,
    runsRecorded: result.runsRecorded,
    notLanding: result.notLanding.length,
    notLandingStreams: result.notLanding.map(notLandingJson),
    unknownValues: result.unknown,
    notes: result.notes,
  };
}

const SHOWN = 20;

function names(label: string, list: readonly string[]): string[] {
  if (list.length === 0) return [];
  const more = list.length > SHOWN ? `, … and ${list.length - SHOWN} more` : '';
  return [`  ${label}: ${list.slice(0, SHOWN).join(', ')}${more}`];
}

/** What a sync did, in counts: the one line `streams sync` prints and `/healthz` shows. */
export function syncCounts(result: SyncResult): string {
  return `${result.added.length} added, ${result.changed.length} changed, ${result.unchanged} unchanged, ${result.removed.length} removed; ${result.notLanding.length} not landing`;
}

/** `streams sync` for people: one line of counts, then the names, what is not landing, and notes. */
export function renderSync(result: SyncResult): string {
  const plural = result.total === 1 ? '' : 's';
  const counts = syncCounts(result);
  const lines = [
    result.dryRun ? `Dry run, nothing was written. A sync would read ${result.total} data stream${plural} from ${result.instanceUrl}: ${counts}.` : `Synced ${result.total} data stream${plural} from ${result.instanceUrl}: ${counts}.`,
    ...names('added', result.added),
    ...names('changed', result.changed),
    ...names('removed (kept in the registry; streams list --all shows them)', result.removed),
    ...names('back in the org', result.restored),
    ...result.notLanding.slice(0, SHOWN).map((stream) => `  not landing: ${stream.name} (${stream.reason}): ${stream.line}`),
  ];
  if (result.unknown.length > 0) {
    lines.push('Values the advisor does not know (kept as they were):');
    lines.push(...result.unknown.slice(0, SHOWN).map((value) => `  - ${value.stream}: ${value.field} ${JSON.stringify(value.value)}`));
  }
  if (result.notes.length > 0) lines.push('Notes:', ...result.notes.map((note) => `  - ${note}`));
  return `${lines.join('\n')}\n`;
}
