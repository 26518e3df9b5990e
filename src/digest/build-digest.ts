import type { NotLandingStream } from '../landing/not-landing.js';
import { WORST_FIRST } from '../registry/reasons.js';
import type { UncheckedReport, UncheckedStream } from '../registry/unchecked.js';
import { entryLine, type DigestDetails } from './lines.js';
import { GROUP_TITLES, type Digest, type DigestEntry, type DigestGroup, type DigestLanding } from './model.js';

export interface DigestOptions {
  /** At most this many streams are shown, worst first; the rest are counted. */
  limit: number;
  timeZone: string;
}

/**
 * Turns the unchecked report and the streams not landing (both already worst first) into the
 * digest model. Streams not landing come first and are the first to take the limit's room.
 */
export function buildDigest(report: UncheckedReport, details: DigestDetails, options: DigestOptions, notLanding: readonly NotLandingStream[] = []): Digest {
  const context = { asOf: report.asOf, timeZone: options.timeZone, details };
  let budget = Math.max(0, options.limit);
  const landing = landingSection(notLanding, budget);
  budget -= landing.entries.length;
  const groups: DigestGroup[] = [];
  for (const reason of WORST_FIRST) {
    const count = report.counts[reason];
    if (count === 0) continue;
    const shown = report.unchecked.filter((stream) => stream.reason === reason).slice(0, budget);
    budget -= shown.length;
    const entries = shown.map((stream) => toEntry(stream, entryLine(stream, context)));
    groups.push({ reason, title: GROUP_TITLES[reason], count, entries, more: count - shown.length });
  }
  const more = groups.reduce((sum, group) => sum + group.more, 0);
  const unchecked = WORST_FIRST.reduce((sum, reason) => sum + report.counts[reason], 0);
  return { asOf: report.asOf, timeZone: options.timeZone, total: report.total, unchecked, snoozed: report.snoozed, groups, more, notLanding: landing };
}

function landingSection(streams: readonly NotLandingStream[], budget: number): DigestLanding {
  const entries = streams.slice(0, budget).map(({ name, connector, owner, reason, line, ask }) => ({ stream: name, connector, owner, reason, line, ask }));
  return { count: streams.length, entries, more: streams.length - entries.length };
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
