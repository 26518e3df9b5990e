import { WORST_FIRST } from '../registry/reasons.js';
import type { UncheckedReport, UncheckedStream } from '../registry/unchecked.js';
import { entryLine, type DigestDetails } from './lines.js';
import { GROUP_TITLES, type Digest, type DigestEntry, type DigestGroup } from './model.js';

export interface DigestOptions {
  /** At most this many streams are shown, worst first; the rest are counted. */
  limit: number;
  timeZone: string;
}

/** Turns the unchecked report (already worst first) into the digest model. */
export function buildDigest(report: UncheckedReport, details: DigestDetails, options: DigestOptions): Digest {
  const context = { asOf: report.asOf, timeZone: options.timeZone, details };
  let budget = Math.max(0, options.limit);
  const groups: DigestGroup[] = [];
  for (const reason of WORST_FIRST) {
    const members = report.unchecked.filter((stream) => stream.reason === reason);
    if (members.length === 0) continue;
    const shown = members.slice(0, budget);
    budget -= shown.length;
    const entries = shown.map((stream) => toEntry(stream, entryLine(stream, context)));
    groups.push({ reason, title: GROUP_TITLES[reason], count: members.length, entries, more: members.length - shown.length });
  }
  const more = groups.reduce((sum, group) => sum + group.more, 0);
  return { asOf: report.asOf, timeZone: options.timeZone, total: report.total, unchecked: report.unchecked.length, snoozed: report.snoozed, groups, more };
}

function toEntry(stream: UncheckedStream, line: string): DigestEntry {
  const review = stream.latest;
  return {
    stream: stream.name,
    connector: stream.connector,
    owner: stream.owner,
    reason: stream.reason,
    line,
    lastReview: review ? { at: new Date(review.at), verdict: review.verdict, by: review.by, via: review.via } : null,
  };
}
