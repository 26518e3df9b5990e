import { LANDING_TITLE, type Digest, type DigestEntry, type DigestGroup, type DigestLanding } from './model.js';
import { utcMinute } from '../text/utc-minute.js';

/** The digest as plain text: the CLI's output, and a fallback for clients that cannot show rich messages. */
export function renderDigestText(digest: Digest): string {
  const lines = [headline(digest)];
  if (digest.notLanding && digest.notLanding.count > 0) lines.push('', ...landingLines(digest.notLanding));
  for (const group of digest.groups) lines.push('', ...groupLines(group));
  return `${lines.join('\n')}\n`;
}

function headline(digest: Digest): string {
  const when = `as of ${utcMinute(digest.asOf)}`;
  const snoozed = digest.snoozed > 0 ? ` (${digest.snoozed} snoozed)` : '';
  if (digest.total === 0) return `The registry has no streams yet, ${when}.`;
  if (digest.unchecked === 0) {
    const all = digest.total === 1 ? 'The one stream in the registry is' : `All ${digest.total} streams in the registry are`;
    return `${all} checked${snoozed}, ${when}.`;
  }
  return `${digest.unchecked} of ${plural(digest.total, 'stream')} unchecked${snoozed}, ${when}.`;
}

function groupLines(group: DigestGroup): string[] {
  const lines = [`${group.title} (${group.count})`, ...group.entries.map(entryLine)];
  if (group.more > 0) lines.push(`  … and ${group.more} more`);
  return lines;
}

function landingLines(landing: DigestLanding): string[] {
  const lines = [`${LANDING_TITLE} (${landing.count})`, ...landing.entries.map(entryLine)];
  if (landing.more > 0) lines.push(`  … and ${landing.more} more`);
  return lines;
}

function entryLine(entry: Pick<DigestEntry, 'stream' | 'connector' | 'owner' | 'line'>): string {
  const who = [entry.connector, entry.owner ? `owner ${entry.owner}` : 'no owner'].filter(Boolean).join(', ');
  return `  - ${entry.stream} (${who}): ${entry.line}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
